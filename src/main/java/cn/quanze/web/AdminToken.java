package cn.quanze.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The administrator's token: set in configuration ({@code quanze.admin-token}), else read from
 * {@code <data dir>/admin-token}, generated there at first start (256 random bits, readable by the owner only).
 */
public final class AdminToken {
    public static final String FILE_NAME = "admin-token";
    private final byte[] token;
    private final Path file;

    private AdminToken(String token, Path file) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.file = file;
    }

    /** The configured token, or the one in the data folder (created when missing). */
    public static AdminToken load(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) return new AdminToken(configured.strip(), null);
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) create(file);
            String t = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (t.length() < 16) throw new IllegalStateException("管理令牌文件 " + FILE_NAME + " 的内容过短（至少 16 个字符）");
            return new AdminToken(t, file);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取或生成管理令牌 " + file + "：" + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        String t = HexFormat.of().formatHex(b) + "\n";
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp); // not a POSIX file system
        }
        Files.writeString(tmp, t, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(tmp); // another process won the race: use its token
        }
    }

    /** Constant-time comparison. */
    public boolean matches(String presented) {
        if (presented == null) return false;
        return MessageDigest.isEqual(token, presented.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Where the token was generated; null when it comes from configuration. */
    public Path file() {
        return file;
    }
}
