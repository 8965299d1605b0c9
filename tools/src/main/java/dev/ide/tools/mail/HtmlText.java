package dev.ide.tools.mail;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML mail as plain text for a chat: jsoup parses it, block elements and {@code <br>} become line breaks, list items
 * get a bullet, scripts and styles are dropped. ({@code Element.text()} would run everything into one line.)
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center", "dd",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead",
            "tfoot", "tr", "ul");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "table",
            "blockquote", "ul", "ol", "pre");

    private HtmlText() {
    }

    static String toText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, head, title, noscript, template").remove();
        StringBuilder out = new StringBuilder(html.length() / 2);
        NodeTraversor.traverse(new Formatter(out), doc.body());
        return BodyText.tidy(out.toString());
    }

    private static final class Formatter implements NodeVisitor {
        private final StringBuilder out;

        Formatter(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(text);
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (tag.equals("td") || tag.equals("th")) {
                    if (element.elementSiblingIndex() > 0) {
                        out.append(" \t ");
                    }
                } else if (BLOCKS.contains(tag)) {
                    newLine(PARAGRAPHS.contains(tag));
                    if (tag.equals("li")) {
                        out.append("• ");
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                newLine(PARAGRAPHS.contains(element.normalName()));
            }
        }

        private void appendText(TextNode text) {
            boolean pre = text.parent() != null && text.parent().closest("pre") != null;
            String value = pre ? text.getWholeText() : text.text().replaceAll("\\s+", " ");
            value = value.replace('\u00a0', ' ');
            if (value.isBlank() && !pre) {
                if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
                return;
            }
            if (!pre && (out.length() == 0 || out.charAt(out.length() - 1) == '\n')) {
                value = value.stripLeading();
            }
            out.append(value);
        }

        private void newLine(boolean blankLine) {
            if (out.length() == 0) {
                return;
            }
            if (out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            if (blankLine && (out.length() < 2 || out.charAt(out.length() - 2) != '\n')) {
                out.append('\n');
            }
        }
    }
}
