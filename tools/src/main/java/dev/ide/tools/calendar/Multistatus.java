package dev.ide.tools.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * WebDAV multistatus answers: the calendar-data of a calendar-query REPORT (RFC 4791 §7.8), and what a PROPFIND says
 * a resource is (RFC 4918 resourcetype, RFC 4791 calendar-home-set, RFC 5397 current-user-principal).
 */
final class Multistatus {

    static final String DAV = "DAV:";
    static final String CALDAV = "urn:ietf:params:xml:ns:caldav";

    private Multistatus() {
    }

    /** A PROPFIND for what the resource is and, for a principal, where its calendars live. */
    static final String PROBE = """
            <?xml version="1.0" encoding="utf-8"?>
            <D:propfind xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
              <D:prop><D:resourcetype/><D:current-user-principal/><C:calendar-home-set/></D:prop>
            </D:propfind>
            """;

    /** One resource of a PROPFIND answer. */
    record Resource(String href, List<String> types, Optional<String> calendarHome, Optional<String> principal) {

        /** Whether it is a calendar collection: its resourcetype holds {urn:ietf:params:xml:ns:caldav}calendar. */
        boolean isCalendar() {
            return types.contains("{" + CALDAV + "}calendar");
        }
    }

    /** The iCalendar text of every object resource in the answer. */
    static List<String> calendarData(byte[] xml) throws IOException, SAXException, ParserConfigurationException {
        NodeList nodes = parse(xml).getElementsByTagNameNS(CALDAV, "calendar-data");
        List<String> data = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            String text = nodes.item(i).getTextContent();
            if (text != null && !text.isBlank()) {
                data.add(text);
            }
        }
        return data;
    }

    /** Every resource a PROPFIND answer describes, in its order; types as {namespace}name. */
    static List<Resource> resources(byte[] xml) throws IOException, SAXException, ParserConfigurationException {
        NodeList responses = parse(xml).getElementsByTagNameNS(DAV, "response");
        List<Resource> resources = new ArrayList<>();
        for (int i = 0; i < responses.getLength(); i++) {
            Element response = (Element) responses.item(i);
            Optional<String> href = firstText(response, DAV, "href");
            if (href.isEmpty()) {
                continue;
            }
            List<String> types = new ArrayList<>();
            NodeList typeLists = response.getElementsByTagNameNS(DAV, "resourcetype");
            for (int t = 0; t < typeLists.getLength(); t++) {
                for (Node type = typeLists.item(t).getFirstChild(); type != null; type = type.getNextSibling()) {
                    if (type.getNodeType() == Node.ELEMENT_NODE) {
                        types.add("{" + (type.getNamespaceURI() == null ? "" : type.getNamespaceURI()) + "}"
                                + type.getLocalName());
                    }
                }
            }
            resources.add(new Resource(href.get(), List.copyOf(types), hrefInside(response, CALDAV, "calendar-home-set"),
                    hrefInside(response, DAV, "current-user-principal")));
        }
        return resources;
    }

    /** The href inside a property such as calendar-home-set; empty when the server has none (a 404 propstat). */
    private static Optional<String> hrefInside(Element response, String namespace, String property) {
        NodeList properties = response.getElementsByTagNameNS(namespace, property);
        for (int i = 0; i < properties.getLength(); i++) {
            Optional<String> href = firstText((Element) properties.item(i), DAV, "href");
            if (href.isPresent()) {
                return href;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstText(Element parent, String namespace, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
        if (nodes.getLength() == 0 || nodes.item(0).getTextContent() == null) {
            return Optional.empty();
        }
        String text = nodes.item(0).getTextContent().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static Document parse(byte[] xml) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // The answer comes from the network: no DTDs, no external entities.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** A calendar-query for the VEVENTs that overlap [start, end), both UTC stamps like 20261203T000000Z. */
    static String eventQuery(String startUtc, String endUtc) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:prop><D:getetag/><C:calendar-data/></D:prop>
                  <C:filter>
                    <C:comp-filter name="VCALENDAR">
                      <C:comp-filter name="VEVENT">
                        <C:time-range start="%s" end="%s"/>
                      </C:comp-filter>
                    </C:comp-filter>
                  </C:filter>
                </C:calendar-query>
                """.formatted(startUtc, endUtc);
    }
}
