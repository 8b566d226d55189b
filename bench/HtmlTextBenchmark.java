import java.lang.reflect.Method;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML mail to text on whitespace-heavy HTML ({@code <b> </b>} repeated, no line breaks): CaseDesk's
 * {@code HtmlText} against the version before it (the same jsoup walk, then three regular expressions that
 * backtrack over every run of blanks), same input, same run.
 *
 * <pre>
 * ./mvnw -o -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:$(cat target/cp.txt) bench/HtmlTextBenchmark.java
 * </pre>
 */
public class HtmlTextBenchmark {

    public static void main(String[] args) throws Exception {
        Class<?> type = Class.forName("com.casedesk.intake.HtmlText");
        Method toText = type.getDeclaredMethod("toText", String.class);
        toText.setAccessible(true);
        // warm-up of both, small inputs
        for (int i = 0; i < 20; i++) {
            toText.invoke(null, html(20_000));
            OldHtmlText.toText(html(20_000));
        }
        System.out.printf("%10s %14s %14s %10s%n", "HTML", "before (ms)", "now (ms)", "before/now");
        for (int size : new int[] { 25_000, 50_000, 100_000, 200_000 }) {
            String html = html(size);
            long old = time(() -> OldHtmlText.toText(html));
            long now = time(() -> invoke(toText, html));
            System.out.printf("%8d kB %14d %14d %10.0f%n", size / 1000, old, now, (double) old / Math.max(1, now));
        }
        for (int size : new int[] { 1_000_000, 5_000_000 }) {
            String html = html(size);
            long now = time(() -> invoke(toText, html));
            System.out.printf("%8d kB %14s %14d %10s   (%.0f ms per MB)%n", size / 1000, "-", now, "-",
                    now / (size / 1_000_000.0));
        }
    }

    static String html(int size) {
        StringBuilder html = new StringBuilder(size + 64).append("<html><body><p>Larmet piper.</p>");
        while (html.length() < size) {
            html.append("<b> </b>");
        }
        return html.append("</body></html>").toString();
    }

    static void invoke(Method method, String html) {
        try {
            method.invoke(null, html);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Best of three, milliseconds. */
    static long time(Runnable run) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            run.run();
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }

    /** HtmlText as it was before (commit 5c31cbd), for the baseline. */
    static final class OldHtmlText {

        private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                "table", "blockquote", "pre", "ul", "ol", "section", "article", "header", "footer");

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
}
