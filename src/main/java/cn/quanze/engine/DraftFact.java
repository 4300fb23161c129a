package cn.quanze.engine;

/** Marks that a draft is being vetted, so vetting rules never fire on authority requests. */
public final class DraftFact {
    private final String issuer;

    public DraftFact(String issuer) {
        this.issuer = issuer;
    }

    public String getIssuer() { return issuer; }
}
