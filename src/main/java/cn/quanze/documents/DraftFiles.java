package cn.quanze.documents;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A clerk's draft as a file: plain text (.txt, UTF-8 or GB18030) or Word (.docx), read into its parts. */
public final class DraftFiles {
    private static final Pattern DOC_NUMBER = Pattern.compile("[\\p{IsHan}]{1,10}[〔\\[［(（]\\d{4}[〕\\]］)）]第?\\d+号");

    private DraftFiles() {
    }

    /** True for the file kinds read as text rather than as a draft JSON object. */
    public static boolean isDocument(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".docx");
    }

    /** The text of a .txt or .docx file, with Windows line ends made plain. */
    public static String text(Path file) throws IOException {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
                return ex.getText().replace("\r\n", "\n");
            } catch (RuntimeException e) {
                throw new IOException("不是可读取的 .docx 文件", e);
            }
        }
        return decode(Files.readAllBytes(file)).replace("\r\n", "\n");
    }

    /** UTF-8 (with or without BOM), else GB18030: the usual encodings of Chinese text files. */
    public static String decode(byte[] b) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(b, Charset.forName("GB18030"));
        }
    }

    /** The title: the first non-blank line (without 《》). */
    public static Optional<String> title(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .map(l -> l.replaceAll("^《|》$", ""));
    }

    /** A document number (文号) among the first lines, e.g. 五市监发〔2024〕7号. */
    public static Optional<String> docNumber(String text) {
        List<String> head = text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(5).toList();
        for (String l : head) {
            Matcher m = DOC_NUMBER.matcher(l);
            if (m.find()) return Optional.of(m.group());
        }
        return Optional.empty();
    }

    /** The issuer: the last of the closing lines (落款) that names a known body. */
    public static Optional<String> issuer(String text, Predicate<String> knownBody) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = lines.size() - 1; i >= Math.max(1, lines.size() - 8); i--) {
            String l = lines.get(i);
            if (l.length() <= 40 && knownBody.test(l)) return Optional.of(l);
        }
        return Optional.empty();
    }
}
