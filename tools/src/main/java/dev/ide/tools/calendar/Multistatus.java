package dev.ide.tools.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The calendar-data of a WebDAV multistatus answer to a calendar-query REPORT (RFC 4791 §7.8). */
final class Multistatus {

    static final String DAV = "DAV:";
    static final String CALDAV = "urn:ietf:params:xml:ns:caldav";

    private Multistatus() {
    }

    /** The iCalendar text of every object resource in the answer. */
    static List<String> calendarData(byte[] xml) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // The answer comes from the network: no DTDs, no external entities.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setExpandEntityReferences(false);
        NodeList nodes = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml))
                .getElementsByTagNameNS(CALDAV, "calendar-data");
        List<String> data = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            String text = nodes.item(i).getTextContent();
            if (text != null && !text.isBlank()) {
                data.add(text);
            }
        }
        return data;
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
