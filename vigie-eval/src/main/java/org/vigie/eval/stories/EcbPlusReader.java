package org.vigie.eval.stories;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads ECB+ documents (CROMER XML): the text from its tokens (a line per sentence), the topic and the
 * sub-topic (topic + "ecb" or "ecbplus") from the file name.
 */
public final class EcbPlusReader {
    public record EcbDocument(String name, String topic, String subTopic, String text) {
    }

    private static final Pattern NAME = Pattern.compile("(\\d+)_(\\d+)(ecbplus|ecb)\\.xml");

    private EcbPlusReader() {
    }

    public static List<EcbDocument> read(Path root) throws IOException {
        List<EcbDocument> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).sorted().toList()) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (!m.matches()) continue;
                out.add(new EcbDocument(p.getFileName().toString(), m.group(1), m.group(1) + m.group(3), text(p)));
            }
        }
        return out;
    }

    static XMLInputFactory safeFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    private static String text(Path p) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (InputStream in = Files.newInputStream(p)) {
            XMLStreamReader r = safeFactory().createXMLStreamReader(in);
            String sentence = null;
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("token")) {
                    String s = r.getAttributeValue(null, "sentence");
                    String token = r.getElementText();
                    if (sentence != null && !sentence.equals(s)) sb.append('\n');
                    else if (sentence != null) sb.append(' ');
                    sb.append(token);
                    sentence = s;
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IOException(p + ": malformed ECB+ XML: " + e.getMessage(), e);
        }
        return sb.toString();
    }
}
