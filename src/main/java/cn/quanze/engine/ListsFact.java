package cn.quanze.engine;

import java.time.LocalDate;

/** The dates from which the loaded lists apply; inserted once per session. */
public final class ListsFact {
    private final long catalogueDay;
    private final long issuerListDay;
    private final String catalogueDate;
    private final String issuerListDate;

    public ListsFact(LocalDate catalogue, LocalDate issuerList) {
        this.catalogueDay = catalogue.toEpochDay();
        this.issuerListDay = issuerList.toEpochDay();
        this.catalogueDate = catalogue.toString();
        this.issuerListDate = issuerList.toString();
    }

    public long getCatalogueDay() { return catalogueDay; }
    public long getIssuerListDay() { return issuerListDay; }
    public String getCatalogueDate() { return catalogueDate; }
    public String getIssuerListDate() { return issuerListDate; }
}
