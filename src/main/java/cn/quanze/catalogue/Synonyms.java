package cn.quanze.catalogue;

import java.util.List;

/**
 * The domain synonym list (catalog/synonyms.tsv): colloquial words and the statute words they mean.
 * Each group's first term is the statute's; the others are what people say.
 */
public record Synonyms(List<List<String>> groups) {
    public Synonyms {
        groups = groups.stream().map(List::copyOf).toList();
    }
}
