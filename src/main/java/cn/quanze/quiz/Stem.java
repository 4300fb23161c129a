package cn.quanze.quiz;

import cn.quanze.catalogue.CatalogueItem;

import java.util.List;

/** What a question is before its options: where it sits, what it asks, and the item it is about (if any). */
record Stem(String id, String ref, QuestionKind kind, String title, String text, Integer itemId) {

    /** A stem about a catalogue item, titled “kind：第 N 项”. */
    static Stem about(CatalogueItem it, String id, String ref, QuestionKind kind, String text) {
        return new Stem(id, ref, kind, kind.label() + "：第" + it.id() + "项", text, it.id());
    }

    /** A question keyed from the data (BASIS, TYPE): the options are lettered, the key is the one marked correct. */
    Question question(List<Option> options, String explanation, List<String> basis) {
        List<Option> lettered = Keying.letter(options);
        return new Question(id, ref, kind, title, text, lettered, Keying.keyOf(lettered), explanation, basis, itemId, null, null);
    }
}
