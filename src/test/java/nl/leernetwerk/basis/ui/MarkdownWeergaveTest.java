package nl.leernetwerk.basis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownWeergaveTest {

    @Test
    void markdown_becomes_html() {
        assertThat(MarkdownWeergave.veiligeHtml("## Aanpak\n\n- **maatwerk**\n- [bron](https://example.org)"))
                .contains("<h2>Aanpak</h2>", "<strong>maatwerk</strong>", "<a href=\"https://example.org\">bron</a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[klik](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">klik</a>",
            "<div onmouseover=\"alert(1)\">tekst</div>",
            "<iframe src=\"https://example.org\"></iframe>",
            "<svg onload=alert(1)>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>"})
    void nothing_executable_survives(String aanval) {
        String html = MarkdownWeergave.veiligeHtml("Tekst " + aanval).toLowerCase();

        assertThat(html).doesNotContain("<script", "onerror", "onload", "onmouseover", "javascript:", "<iframe",
                "<svg", "data:text");
    }
}
