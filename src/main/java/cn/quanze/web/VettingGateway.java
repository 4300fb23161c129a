package cn.quanze.web;

import cn.quanze.Quanze;
import cn.quanze.catalogue.Body;
import cn.quanze.issuers.Issuer;
import cn.quanze.vetting.Draft;
import cn.quanze.vetting.Finding;
import cn.quanze.vetting.FindingCodes;
import cn.quanze.vetting.IssuerSummary;
import cn.quanze.vetting.Severity;
import cn.quanze.vetting.Vetter;
import cn.quanze.vetting.VettingReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The web layer's one door to vetting. Until the integrator's {@code cn.quanze.vetting.VettingService}
 * (issuer findings from the rules) lands, this calls {@link Vetter} directly with a plain issuer-list
 * lookup; switching is a change to {@link #vet} only.
 */
public final class VettingGateway {
    private final Quanze quanze;
    private final Vetter vetter;

    public VettingGateway(Quanze quanze) {
        this.quanze = quanze;
        this.vetter = Vetter.fromHome(quanze.home());
    }

    public VettingReport vet(Draft draft) {
        // TODO(integrator): return vettingService.vet(draft);
        Optional<Body> body = quanze.data().bodies().resolve(draft.issuer());
        String name = body.map(Body::name).orElse(null);
        Optional<Issuer> listed = Optional.ofNullable(name).flatMap(n -> quanze.data().issuers().byName(n));
        IssuerSummary summary = new IssuerSummary(draft.issuer(), name, body.map(b -> b.kind().label()).orElse(null),
                listed.isPresent(), listed.map(Issuer::categoryName).orElse(null),
                listed.map(Issuer::vertical).orElse(false));
        List<Finding> issuerFindings = new ArrayList<>();
        String basis = "《五台县人民政府办公室关于公布县级行政规范性文件制定主体清单的通知》（五政办发〔2023〕23号）";
        if (listed.isEmpty()) {
            issuerFindings.add(new Finding(FindingCodes.ISSUER_NOT_LISTED, Severity.ERROR,
                    "“" + draft.issuer() + "”不在县级行政规范性文件制定主体清单中，不得以其名义制定行政规范性文件。",
                    null, basis));
        } else if (listed.get().vertical()) {
            issuerFindings.add(new Finding(FindingCodes.VERTICAL_DUAL_FILING_REQUIRED, Severity.INFO,
                    "实行垂直管理的部门制发的行政规范性文件，应同时向上一级主管部门和县人民政府备案。", null, basis));
        }
        return vetter.vet(draft, summary, issuerFindings);
    }
}
