package nl.leernetwerk.leernetwerk;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types a contribution may carry, known by extension and by the first bytes of the
 * content: a renamed file (an .exe called .pdf) is refused. Office files are ZIP archives; their
 * part names say which kind they are (read from the archive's headers, nothing is unpacked).
 */
public enum Bestandssoort {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    PNG("png", "image/png"),
    JPG("jpg", "image/jpeg");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PNG_KOP = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String extensie;
    private final String contentType;

    Bestandssoort(String extensie, String contentType) {
        this.extensie = extensie;
        this.contentType = contentType;
    }

    public String extensie() {
        return extensie;
    }

    public String contentType() {
        return contentType;
    }

    /** By the name's extension ({@code .jpeg} counts as jpg). */
    public static Optional<Bestandssoort> vanNaam(String naam) {
        int punt = naam.lastIndexOf('.');
        if (punt < 0) {
            return Optional.empty();
        }
        String ext = naam.substring(punt + 1).toLowerCase(Locale.ROOT);
        String gezocht = ext.equals("jpeg") ? "jpg" : ext;
        return Arrays.stream(values()).filter(s -> s.extensie.equals(gezocht)).findFirst();
    }

    /** Whether the content starts as this type's files do. */
    public boolean herkent(byte[] inhoud) {
        return switch (this) {
            case PDF -> begintMet(inhoud, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case PNG -> begintMet(inhoud, PNG_KOP);
            case JPG -> begintMet(inhoud, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case DOCX -> office(inhoud, "word/");
            case XLSX -> office(inhoud, "xl/");
            case PPTX -> office(inhoud, "ppt/");
        };
    }

    private static boolean office(byte[] inhoud, String map) {
        return begintMet(inhoud, ZIP) && bevat(inhoud, "[Content_Types].xml") && bevat(inhoud, map);
    }

    private static boolean begintMet(byte[] inhoud, byte[] kop) {
        return inhoud.length >= kop.length && Arrays.equals(inhoud, 0, kop.length, kop, 0, kop.length);
    }

    /** ZIP keeps entry names uncompressed in its headers. */
    private static boolean bevat(byte[] inhoud, String naam) {
        byte[] gezocht = naam.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= inhoud.length - gezocht.length; i++) {
            for (int j = 0; j < gezocht.length; j++) {
                if (inhoud[i + j] != gezocht[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
