package cn.quanze;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The one place that decides where catalog/ and rules/ are read from (the "home" folder), for the
 * command line and the service alike. In order:
 * <ol>
 *   <li>{@code --data-dir D}, when D holds catalog/ (and then it must hold rules/ too): an office's own edited copy;</li>
 *   <li>{@code -Dquanze.home} or {@code $QUANZE_HOME}: the project folder (the {@code ./quanze} launcher and the tests set it);</li>
 *   <li>the copy built into the program (quanze.jar, or target/classes), unpacked to a temporary folder when inside a jar;</li>
 *   <li>the working directory.</li>
 * </ol>
 * The data folder {@code --data-dir D} (default ./data) also holds the decision log, D/audit.
 */
public final class Home {
    /** Where the build puts catalog/ and rules/ among the program's resources. */
    public static final String BUILT_IN = "quanze-home/";

    private static volatile Path dataDir;
    private static volatile Path resolved;

    private Home() {
    }

    /** Set by {@code --data-dir}; resets the resolved home. */
    public static synchronized void useDataDir(Path dir) {
        dataDir = dir == null ? null : dir.toAbsolutePath().normalize();
        resolved = null;
    }

    /** The data folder: {@code --data-dir}, else -Dquanze.data-dir, else ./data. */
    public static Path dataDir() {
        Path d = dataDir;
        return d != null ? d : Path.of(System.getProperty("quanze.data-dir", "data")).toAbsolutePath().normalize();
    }

    /** The folder holding catalog/ and rules/ (see the class comment for the order). */
    public static synchronized Path get() {
        if (resolved == null) resolved = resolve();
        return resolved;
    }

    private static Path resolve() {
        Path d = dataDir;
        if (d != null && Files.isDirectory(d.resolve("catalog"))) {
            if (!Files.isDirectory(d.resolve("rules"))) {
                throw new HomeException("数据目录 " + d + " 中有 catalog/ 但没有 rules/：请把两者一起放在该目录中（可用 export-data 导出内置的一份）");
            }
            return d;
        }
        String p = System.getProperty("quanze.home", System.getenv("QUANZE_HOME"));
        if (p != null && !p.isBlank()) return Path.of(p).toAbsolutePath().normalize();
        Path builtIn = builtIn();
        if (builtIn != null) return builtIn;
        return Path.of(".").toAbsolutePath().normalize();
    }

    /** The built-in catalog/ and rules/, or null when the program carries none. */
    static Path builtIn() {
        URL marker = Home.class.getClassLoader().getResource(BUILT_IN + "catalog/township-powers-2023.tsv");
        if (marker == null) return null;
        if (marker.getProtocol().equals("file")) {
            try {
                return Path.of(marker.toURI()).getParent().getParent();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            Path tmp = Files.createTempDirectory("quanze-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(tmp)));
            exportBuiltIn(tmp);
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException("无法解出内置的清单和规则：" + e.getMessage(), e);
        }
    }

    /** Copies the built-in catalog/ and rules/ into {@code target} (for an office to edit and use with --data-dir). */
    public static void exportBuiltIn(Path target) throws IOException {
        URL marker = Home.class.getClassLoader().getResource(BUILT_IN + "catalog/township-powers-2023.tsv");
        if (marker == null) throw new IOException("本程序没有内置清单和规则");
        Files.createDirectories(target);
        if (marker.getProtocol().equals("file")) {
            Path src;
            try {
                src = Path.of(marker.toURI()).getParent().getParent();
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
            try (Stream<Path> files = Files.walk(src)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(src.relativize(f).toString());
                    if (Files.isDirectory(f)) Files.createDirectories(to);
                    else Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return;
        }
        // java -jar quanze.jar: the class path is the jar itself; its entries sit under BOOT-INF/classes/.
        Path jar = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]);
        try (JarFile jf = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = jf.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String name = e.getName();
                int at = name.indexOf(BUILT_IN);
                if (at < 0 || (at > 0 && !name.substring(0, at).equals("BOOT-INF/classes/"))) continue;
                String rel = name.substring(at + BUILT_IN.length());
                if (rel.isEmpty() || rel.contains("..")) continue;
                Path to = target.resolve(rel);
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    try (InputStream in = jf.getInputStream(e)) {
                        Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    /** A data folder that cannot be used. */
    public static final class HomeException extends RuntimeException {
        public HomeException(String message) {
            super(message);
        }
    }
}
