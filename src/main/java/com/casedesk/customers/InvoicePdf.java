package com.casedesk.customers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A copy of an invoice as a one-page PDF (Apache PDFBox), in the customer's language: who issued it, to whom, for
 * which contract, the amount, the issue and due dates and whether it is paid.
 */
public final class InvoicePdf {

    private static final float MARGIN = 56;

    private InvoicePdf() {
    }

    /** @param issuer the issuing company's name and postal address, one line */
    public static byte[] render(Invoice invoice, String language, String issuer) {
        Labels labels = Labels.of(language);
        Customer customer = invoice.getCustomer();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { labels.customer, customer.getName() + " (" + customer.getNumber() + ")" });
        rows.add(new String[] { labels.orgNumber, String.valueOf(customer.getOrgNumber()) });
        if (invoice.getContract() != null) {
            rows.add(new String[] { labels.contract, invoice.getContract().getNumber() + ", "
                    + invoice.getContract().getSite().getAddress() });
        }
        rows.add(new String[] { labels.issued, String.valueOf(invoice.getIssueDate()) });
        rows.add(new String[] { labels.due, String.valueOf(invoice.getDueDate()) });
        rows.add(new String[] { labels.amount, amount(invoice.getAmount(), language) + " " + invoice.getCurrency() });
        rows.add(new String[] { labels.status, labels.status(invoice.getStatus()) });
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(labels.title + " " + invoice.getNumber());
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN;
                y = line(content, bold, 18, MARGIN, y, labels.title + " " + invoice.getNumber() + " (" + labels.copy + ")");
                y = line(content, regular, 10, MARGIN, y - 4, issuer);
                y -= 18;
                for (String[] row : rows) {
                    line(content, bold, 11, MARGIN, y, row[0]);
                    y = line(content, regular, 11, MARGIN + 140, y, row[1]);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF of invoice " + invoice.getNumber(), e);
        }
    }

    private static float line(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable(font, text));
        content.endText();
        return y - size * 1.6f;
    }

    /** The standard fonts write WinAnsi (å, ä, ö, æ, ø included); any other character becomes '?'. */
    private static String printable(PDType1Font font, String text) {
        StringBuilder result = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                result.append(ch);
            } catch (IOException | IllegalArgumentException notInFont) {
                result.append('?');
            }
        });
        return result.toString();
    }

    private static String amount(BigDecimal amount, String language) {
        NumberFormat format = NumberFormat.getNumberInstance(Labels.locale(language));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private record Labels(String title, String copy, String customer, String orgNumber, String contract, String issued,
            String due, String amount, String status, String open, String paid, String credited, String disputed, String inCollection,
            String partiallyPaid) {

        static Labels of(String language) {
            return switch (language == null ? "en" : language) {
                case "sv" -> new Labels("Faktura", "kopia", "Kund", "Org.nr", "Avtal", "Fakturadatum", "Förfallodag",
                        "Belopp", "Status", "obetald", "betald", "krediterad", "bestriden", "överlämnad till inkasso",
                        "delvis betald");
                case "da" -> new Labels("Faktura", "kopi", "Kunde", "CVR-nr.", "Aftale", "Fakturadato", "Forfaldsdato",
                        "Beløb", "Status", "ubetalt", "betalt", "krediteret", "bestridt", "overdraget til inkasso",
                        "delvist betalt");
                default -> new Labels("Invoice", "copy", "Customer", "Org. number", "Contract", "Issue date", "Due date",
                        "Amount", "Status", "unpaid", "paid", "credited", "disputed", "with the collection agency",
                        "partly paid");
            };
        }

        static Locale locale(String language) {
            return switch (language == null ? "en" : language) {
                case "sv" -> Locale.forLanguageTag("sv-SE");
                case "da" -> Locale.forLanguageTag("da-DK");
                default -> Locale.UK;
            };
        }

        String status(InvoiceStatus status) {
            return switch (status) {
                case OPEN -> open;
                case PAID -> paid;
                case CREDITED -> credited;
                case DISPUTED -> disputed;
                case IN_COLLECTION -> inCollection;
                case PARTIALLY_PAID -> partiallyPaid;
            };
        }
    }
}
