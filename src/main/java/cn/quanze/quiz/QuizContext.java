package cn.quanze.quiz;

import cn.quanze.Quanze;
import cn.quanze.authority.AuthorityService;
import cn.quanze.catalogue.Body;
import cn.quanze.catalogue.Dataset;

import java.util.List;
import java.util.TreeSet;

/** What every question source reads: the data, the engine, the township short names (sorted) and the legal figures. */
record QuizContext(Dataset data, AuthorityService authority, List<String> townships, SimplifiedProcedureLimits limits) {

    QuizContext {
        townships = List.copyOf(townships);
    }

    static QuizContext of(Quanze q, SimplifiedProcedureLimits limits) {
        TreeSet<String> ts = new TreeSet<>();
        for (Body b : q.data().bodies().all()) if (b.isTownshipGovernment()) ts.add(b.shortTownshipName());
        return new QuizContext(q.data(), q.authority(), List.copyOf(ts), limits);
    }
}
