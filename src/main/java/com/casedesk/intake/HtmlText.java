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
        return text.toString().replaceAll("[ \\t\\x0B\\f\\u00A0]+\\n", "\n").replaceAll("\\n[ \\t\\u00A0]+", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void newLine(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
