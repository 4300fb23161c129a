/**
 * Normative-document vetting (行政规范性文件合法性审核), plain Java core.
 *
 * <h2>For the integrator (Drools rules, CLI {@code vet}, HTTP {@code POST /api/v1/vetting})</h2>
 * <pre>{@code
 * Vetter vetter = Vetter.fromHome(home);                       // loads catalog/vetting-patterns.tsv + vetting-settings.properties
 * Draft draft = objectMapper.readValue(json, Draft.class);     // contract field names; extension: affectsBusinesses, publicCommentDays
 * IssuerSummary issuer = ...;                                  // from the issuer rules (issuers-2023.tsv)
 * List<Finding> issuerFindings = ...;                          // ISSUER_NOT_LISTED (ERROR), VERTICAL_DUAL_FILING_REQUIRED (INFO)
 * VettingReport report = vetter.vet(draft, issuer, issuerFindings);   // verdict PASS unless some ERROR
 * String opinion = OpinionRenderer.render(report, draft);     // Chinese 合法性审查意见
 * }</pre>
 * Or use the parts as facts/helpers: {@link cn.quanze.vetting.TextDetector#detect(Draft)},
 * {@link cn.quanze.vetting.DraftChecks#check(Draft)} (or one check each), then
 * {@link cn.quanze.vetting.VettingReport#of}. All classes are immutable and thread-safe;
 * load once, share. Loading problems throw {@link cn.quanze.vetting.PatternCatalogueException}
 * (file, line, problem) — treat as a configuration error at start-up.
 *
 * <p>Finding codes and severities: see {@link cn.quanze.vetting.FindingCodes}. Required-field
 * validation of the draft ({@code issuer}, {@code title}, {@code text}) is left to the input layer,
 * which reports a bad line as {@code {"id", "error": {...}}}.
 */
package cn.quanze.vetting;
