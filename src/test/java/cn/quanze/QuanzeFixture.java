package cn.quanze;

import java.nio.file.Path;

/** One Quanze per test JVM: loading the data and compiling the rules is done once. */
public final class QuanzeFixture {
    private static Quanze instance;

    private QuanzeFixture() {}

    public static Path home() {
        return Path.of(System.getProperty("quanze.home", ".")).toAbsolutePath().normalize();
    }

    /** The county gazette, the public source of both lists, kept in the repository. */
    public static Path gazette() {
        return home().resolve("catalog/sources/wutai-gazette-2023-issue2.md");
    }

    public static synchronized Quanze quanze() {
        if (instance == null) {
            instance = Quanze.start(home());
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance;
    }
}
