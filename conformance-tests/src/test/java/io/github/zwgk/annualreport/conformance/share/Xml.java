package io.github.zwgk.annualreport.conformance.share;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Strict, non-validating DOM parsing of the modules' XML files (no DTDs, no external entities) and small helpers. */
final class Xml
{
    private Xml()
    {
    }

    static Document parse(Path file)
    {
        try (InputStream in = Files.newInputStream(file))
        {
            return builder().parse(in, file.toUri().toString());
        }
        catch (IOException | SAXException e)
        {
            throw new IllegalArgumentException(file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    static Document parse(String xml)
    {
        try
        {
            return builder().parse(new InputSource(new StringReader(xml)));
        }
        catch (IOException | SAXException e)
        {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder builder()
    {
        try
        {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        }
        catch (ParserConfigurationException e)
        {
            throw new IllegalStateException(e);
        }
    }

    /** Direct child elements with this tag. */
    static List<Element> children(Element parent, String tag)
    {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
        {
            if (n instanceof Element e && e.getTagName().equals(tag))
            {
                result.add(e);
            }
        }
        return result;
    }

    static Optional<Element> child(Element parent, String tag)
    {
        return children(parent, tag).stream().findFirst();
    }

    /** All descendant elements with this tag, in document order. */
    static List<Element> descendants(Element root, String tag)
    {
        NodeList list = root.getElementsByTagName(tag);
        List<Element> result = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++)
        {
            result.add((Element) list.item(i));
        }
        return result;
    }
}
