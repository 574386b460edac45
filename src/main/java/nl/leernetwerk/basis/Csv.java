package nl.leernetwerk.basis;

/**
 * One CSV cell, safe for spreadsheets: quoted when it holds a separator, quote or line break,
 * and prefixed with an apostrophe when it starts like a formula ({@code = + - @}, tab, return),
 * so that text someone typed is never run as a formula (CSV injection).
 */
public final class Csv {

    private Csv() {}

    public static String cel(String waarde) {
        if (waarde == null) {
            return "";
        }
        String cel = !waarde.isEmpty() && "=+-@\t\r".indexOf(waarde.charAt(0)) >= 0 ? "'" + waarde : waarde;
        if (cel.contains(";") || cel.contains(",") || cel.contains("\"") || cel.contains("\n") || cel.contains("\r")) {
            return "\"" + cel.replace("\"", "\"\"") + "\"";
        }
        return cel;
    }
}
