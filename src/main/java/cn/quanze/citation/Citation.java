package cn.quanze.citation;

import java.util.List;

/**
 * One cited source with its edition note and provisions, e.g.
 * 《中华人民共和国河道管理条例》（1988年国务院令第3号,2018年修订）第四十四条.
 *
 * @param source     the title inside 《》, without the brackets
 * @param edition    the edition note inside the brackets that follow the title, or "" when none
 * @param provisions the provisions cited; empty when the source is cited as a whole
 * @param citation   the normalised printed form: 《source》（edition）第…条第…款、第…条
 */
public record Citation(String source, String edition, List<Provision> provisions, String citation) {

    public Citation {
        provisions = List.copyOf(provisions);
    }

    public static Citation of(String source, String edition, List<Provision> provisions) {
        StringBuilder s = new StringBuilder("《").append(source).append('》');
        if (!edition.isEmpty()) s.append('（').append(edition).append('）');
        for (int i = 0; i < provisions.size(); i++) {
            if (i > 0) s.append('、');
            s.append(provisions.get(i).toChinese());
        }
        return new Citation(source, edition, provisions, s.toString());
    }

    public List<String> provisionTexts() {
        return provisions.stream().map(Provision::toChinese).toList();
    }
}
