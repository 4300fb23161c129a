package cn.quanze.authority;

import cn.quanze.decision.EnforcementBar;
import cn.quanze.decision.PenaltyBar;
import cn.quanze.matching.QuestionReader;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the question's own words tell whatever item is weighed: read once per request, then handed to the rules for
 * the chosen item and for each rival (AuthorityService decides the same case several times).
 *
 * @param ownActDay the last day of the period the question dates the body's own act in, or null
 * @param proposedArticle the article the question proposes as the basis, or null; whether the item cites it is per item
 * @param proposedLaw the law the question proposes by name without an article (大气法), or null; likewise per item
 * @param doubted the clause telling a fact the asker only heard or guesses (听说…，也可能…), or null
 * @param stepPutOff the words putting off a step the law puts first (决定书过几天补), or null
 * @param overridden a decision the law leaves to others that the question asks the township to take (指定村主任), or null
 * @param daysCaseOpen the days the case has been open (立案一百二十天了), or -1
 * @param daysSinceServed the days since the penalty decision was served (决定书昨天才送到), or -1
 * @param representativesOnly the consent told is the villagers' representatives', not the villagers' meeting's
 */
record Told(boolean terminationAsked, boolean listChangeSupposed, String partyCeased, String partyIsAuthority,
            LocalDate ownActDay, String villageActing, String beforeCourt, QuestionReader.ProposedArticle proposedArticle, String proposedLaw,
            Set<PenaltyBar> penaltyBars, Set<EnforcementBar> enforcementBars, Boolean rabidOrStrayDog, String doubted, String stepPutOff,
            cn.quanze.decision.Overridden overridden, int daysCaseOpen, int daysSinceServed,
            boolean representativesOnly) {

    Told {
        penaltyBars = Set.copyOf(penaltyBars);
        enforcementBars = Set.copyOf(enforcementBars);
    }

    /** A structured request tells nothing beyond its facts. */
    private static final Told NOTHING = new Told(false, false, null, null, null, null, null, null, null, Set.of(), Set.of(), null, null, null, null, -1, -1, false);

    /** Reads the question (null: nothing is told); years it names are counted back from the year asked about. */
    static Told read(QuestionReader reader, String q, int asOfYear) {
        if (q == null) return NOTHING;
        return new Told(QuestionReader.asksTermination(q), QuestionReader.supposesListChange(q), QuestionReader.partyCeased(q),
                QuestionReader.partyIsAuthority(q), QuestionReader.ownActDay(q), QuestionReader.villageActsForTownship(q),
                QuestionReader.beforeCourt(q), QuestionReader.proposedArticle(q), QuestionReader.proposedLaw(q), QuestionReader.penaltyBars(q, asOfYear),
                reader.enforcementBars(q), QuestionReader.rabidOrStrayDog(q), QuestionReader.doubtedFact(q),
                QuestionReader.stepMadeUpLater(q), QuestionReader.overridden(q),
                QuestionReader.daysCaseOpen(q), QuestionReader.daysSinceServed(q), QuestionReader.consentByRepresentativesOnly(q));
    }
}
