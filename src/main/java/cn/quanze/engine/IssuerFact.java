package cn.quanze.engine;

import cn.quanze.issuers.Issuer;

/** An entry of the issuer list as the rules see it. */
public final class IssuerFact {
    private final String name;
    private final int category;
    private final String categoryName;
    private final String publishedNumber;
    private final boolean vertical;

    public IssuerFact(Issuer issuer) {
        this.name = issuer.name();
        this.category = issuer.category();
        this.categoryName = issuer.categoryName();
        this.publishedNumber = issuer.publishedNumber();
        this.vertical = issuer.vertical();
    }

    public String getName() { return name; }
    public int getCategory() { return category; }
    public String getCategoryName() { return categoryName; }
    public String getPublishedNumber() { return publishedNumber; }
    public boolean isVertical() { return vertical; }
}
