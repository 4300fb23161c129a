package cn.quanze.citation;

import java.util.List;

/**
 * What {@link CitationParser#parse(String)} found in one 职权依据 text.
 *
 * @param citations the citations, in the order they appear
 * @param problems  one message per piece of text the parser could not consume (quoting it);
 *                  empty when the whole text was understood
 */
public record ParseResult(List<Citation> citations, List<String> problems) {

    public ParseResult {
        citations = List.copyOf(citations);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
