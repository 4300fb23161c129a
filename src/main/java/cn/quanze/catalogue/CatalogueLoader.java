package cn.quanze.catalogue;

import cn.quanze.citation.CitationParser;
import cn.quanze.citation.ParseResult;
import cn.quanze.issuers.Issuer;
import cn.quanze.issuers.IssuerList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads catalog/ and checks every invariant before anything is served. Problems are collected,
 * not thrown one by one, so a clerk sees them all; any problem refuses the whole data set.
 */
public final class CatalogueLoader {

    public static final String CATALOGUE = "township-powers-2023.tsv";
    public static final String OVERRIDES = "township-powers-2023.overrides.tsv";
    public static final String ISSUERS = "issuers-2023.tsv";
    public static final String BODIES = "bodies.tsv";
    public static final String GAZETTEER = "gazetteer.tsv";
    public static final String SYNONYMS = "synonyms.tsv";
    public static final String REVISIONS = "later-revisions.tsv";
    public static final String PENALTY_PROVISIONS = "penalty-provisions.tsv";
    public static final String PARAMETERS = "legal-parameters.tsv";
    public static final String VOCABULARY = "vocabulary.tsv";
    public static final String CONDUCT_ELEMENTS = "conduct-elements.tsv";
    public static final String MISHEARD = "misheard.tsv";
    private static final List<String> FILES = List.of(CATALOGUE, OVERRIDES, ISSUERS, BODIES, GAZETTEER, SYNONYMS, REVISIONS,
            PENALTY_PROVISIONS, PARAMETERS, VOCABULARY, CONDUCT_ELEMENTS, MISHEARD);

    private final List<LintProblem> problems = new ArrayList<>();

    private CatalogueLoader() {}

    /** Loads and validates; throws {@link CatalogueException} listing every problem. */
    public static Dataset load(Path dir) {
        CatalogueLoader loader = new CatalogueLoader();
        Dataset d = loader.read(dir);
        if (!loader.problems.isEmpty()) throw new CatalogueException(loader.problems);
        Vocabulary.use(d.vocabulary());
        return d;
    }

    /** Validates only: every problem found, empty when the data is sound. */
    public static List<LintProblem> lint(Path dir) {
        CatalogueLoader loader = new CatalogueLoader();
        try {
            loader.read(dir);
        } catch (CatalogueException e) {
            loader.problems.addAll(e.problems());
        }
        return List.copyOf(loader.problems);
    }

    /** The catalog/ folder: -Dquanze.catalog, else $QUANZE_HOME/catalog, else ./catalog. */
    public static Path defaultDirectory() {
        String explicit = System.getProperty("quanze.catalog");
        if (explicit != null) return Path.of(explicit);
        String home = System.getProperty("quanze.home", System.getenv().getOrDefault("QUANZE_HOME", "."));
        return Path.of(home, "catalog");
    }

    private Dataset read(Path dir) {
        Map<String, TsvFile> files = new HashMap<>();
        for (String f : FILES) {
            Path p = dir.resolve(f);
            if (!Files.isRegularFile(p)) {
                problems.add(new LintProblem(f, 0, 0, "缺少数据文件 catalog/" + f));
                continue;
            }
            try {
                files.put(f, TsvFile.read(p));
            } catch (CatalogueException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new CatalogueException(problems);

        Vocabulary vocabulary = Vocabulary.read(files.get(VOCABULARY), problems);
        if (!problems.isEmpty()) throw new CatalogueException(problems);
        DataChecks checks = new DataChecks(problems);
        DirectoryReaders directories = new DirectoryReaders(checks);
        List<Body> bodyList = directories.readBodies(files.get(BODIES));
        BodyDirectory bodies = new BodyDirectory(bodyList);
        TownshipCatalogue catalogue = new CatalogueReader(checks).readCatalogue(files.get(CATALOGUE), files.get(OVERRIDES), vocabulary);
        IssuerList issuers = directories.readIssuers(files.get(ISSUERS), bodies);
        Gazetteer gazetteer = directories.readGazetteer(files.get(GAZETTEER), bodyList);
        Synonyms synonyms = directories.readSynonyms(files.get(SYNONYMS));
        List<Revision> revisions = directories.readRevisions(files.get(REVISIONS), catalogue);
        PenaltyProvisions penalties = new PenaltyProvisionsReader(files.get(PENALTY_PROVISIONS), checks).read(catalogue);
        LegalParameters parameters = new LegalParametersReader(files.get(PARAMETERS), checks).read();
        ConductElements elements = new ConductElementsReader(files.get(CONDUCT_ELEMENTS), checks).read(catalogue, parameters);
        Misheard misheard = directories.readMisheard(files.get(MISHEARD), catalogue);
        return new Dataset(catalogue, issuers, bodies, gazetteer, synonyms, revisions, penalties, parameters, vocabulary,
                elements, misheard, sha256(files));
    }

    private static String sha256(Map<String, TsvFile> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String f : FILES) {
                md.update(f.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(files.get(f).bytes());
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
