package dev.relacja.invoicing.impl.ksef;

import dev.relacja.invoicing.api.KsefExport;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer of one FA(3) document: elements in the FA(3) namespace, indented so that a person can read the
 * export. The JDK's own factory, so no lookup goes through OSGi's service loaders.
 */
final class Fa3Xml {
    private static final String INDENT = "  ";

    private final XMLStreamWriter xml;
    private int depth;

    /** Starts the document and its root element. */
    Fa3Xml(OutputStream out, String root) throws XMLStreamException {
        xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.setDefaultNamespace(KsefExport.FA3_NAMESPACE);
        xml.writeCharacters("\n");
        xml.writeStartElement(KsefExport.FA3_NAMESPACE, root);
        xml.writeDefaultNamespace(KsefExport.FA3_NAMESPACE);
        depth = 1;
    }

    /** Opens an element that holds other elements. */
    Fa3Xml start(String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(KsefExport.FA3_NAMESPACE, name);
        depth++;
        return this;
    }

    /** Closes the element {@link #start} opened last. */
    Fa3Xml end() throws XMLStreamException {
        depth--;
        newLine();
        xml.writeEndElement();
        return this;
    }

    /** An element with text and, given as name-value pairs, attributes. */
    Fa3Xml leaf(String name, String value, String... attributes) throws XMLStreamException {
        newLine();
        xml.writeStartElement(KsefExport.FA3_NAMESPACE, name);
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
        xml.writeCharacters(value);
        xml.writeEndElement();
        return this;
    }

    /** A {@link #leaf} only when there is a value. */
    Fa3Xml optional(String name, String value) throws XMLStreamException {
        return value == null ? this : leaf(name, value);
    }

    /** Closes the root element and the document. */
    void finish() throws XMLStreamException {
        depth = 0;
        newLine();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }
}
