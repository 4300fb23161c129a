/**
 * Normative-document vetting (行政规范性文件合法性审核), plain Java core.
 *
 * <h2>For the integrator (CLI {@code vet}, HTTP {@code POST /api/v1/vetting})</h2>
 * <pre>{@code
 * VettingService vetting = quanze.vetting();                  // issuer rules + Vetter + the rules of vetting.drl
 * VettingReport report = vetting.vet(draft);                  // verdict: what vetting.drl concluded
 * String opinion = OpinionRenderer.render(report, draft, vetting.settings());   // the figures the draft was checked with
 * }</pre>
 * {@link cn.quanze.vetting.Vetter} gives the findings of the text detectors
 * ({@link cn.quanze.vetting.TextDetector}, data in {@code catalog/vetting-patterns.tsv}: vocabulary, detectors,
 * lawful wording) and of the draft checks ({@link cn.quanze.vetting.DraftChecks}); nothing here decides the
 * verdict. {@link cn.quanze.vetting.VettingSettings} are read from {@code catalog/vetting-settings.properties}
 * with every key present; there are no built-in defaults. Loading problems throw
 * {@link cn.quanze.vetting.PatternCatalogueException} (file, line, problem). {@link cn.quanze.vetting.VettingEvaluation}
 * measures the detectors on {@code src/test/resources/vetting-eval/} ({@code ./quanze eval --vetting}).
 *
 * <p>Finding codes and severities: see {@link cn.quanze.vetting.FindingCodes}.
 */
package cn.quanze.vetting;
