package com.casedesk.intake;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** HTML mail bodies as plain text, with a real parser: paragraphs, line breaks and list items survive. */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
            "blockquote", "pre", "ul", "ol", "section", "article", "header", "footer");

    private HtmlText() {
    }

    static String toText(String html) {
        Document document = Jsoup.parse(html);
        StringBuilder text = new StringBuilder();
        Element root = document.body() != null ? document.body() : document;
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("br")) {
                        text.append('\n');
                    } else if (tag.equals("li")) {
                        newLine(text);
                        text.append("- ");
                    } else if (tag.equals("td") || tag.equals("th")) {
                        text.append(' ');
                    } else if (BLOCKS.contains(tag)) {
                        newLine(text);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && (BLOCKS.contains(element.normalName())
                        || element.normalName().equals("li"))) {
                    newLine(text);
                }
            }
        }, root);
        return tidy(text).strip();
    }

    /**
     * Blanks at the start and end of every line removed, at most one empty line in a row: one pass over the text.
     * (The regular expressions this replaces backtracked over every run of blanks: quadratic on HTML such as a
     * million {@code <b> </b>}.)
     */
    static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int emptyLines = 0;
        int lineStart = 0;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            if (i < length && text.charAt(i) != '\n') {
                continue;
            }
            int from = lineStart;
            int to = i;
            while (from < to && blank(text.charAt(from))) {
                from++;
            }
            while (to > from && blank(text.charAt(to - 1))) {
                to--;
            }
            boolean empty = from == to;
            emptyLines = empty ? emptyLines + 1 : 0;
            if (lineStart > 0 && emptyLines <= 1) {
                out.append('\n');
            }
            out.append(text, from, to);
            lineStart = i + 1;
        }
        return out.toString();
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00A0';
    }

    private static void newLine(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
