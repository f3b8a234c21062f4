package org.vigie.nlp.kb;

import org.vigie.core.ConfigException;
import org.vigie.core.model.EntityType;
import org.vigie.nlp.lang.LanguagePack;

import java.util.*;

/** Reads the knowledge-base TSV files; every broken row fails loudly, naming the file. */
final class KbLoader {
    private static final String DIR = "kb/";

    private KbLoader() {
    }

    static KnowledgeBase load(LanguagePack multi) {
        List<KbEntry> entries = new ArrayList<>();
        Map<String, String> capitalNames = new HashMap<>();
        for (Map<String, String> r : rows(multi, "countries.tsv")) {
            entries.add(new KbEntry(r.get("id"), status(r), EntityType.GPE, "country", first(r.get("en")),
                    perLanguage(r), Optional.empty(), Optional.empty()));
            if (!r.get("capital").isBlank()) capitalNames.put(r.get("id"), r.get("capital").strip());
        }
        Map<String, String> capitals = new HashMap<>();
        for (Map<String, String> r : rows(multi, "places.tsv")) {
            String country = r.get("country").strip();
            Optional<Coordinates> coords = r.get("lat").isBlank() ? Optional.empty()
                    : Optional.of(new Coordinates(Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon"))));
            String name = r.get("name").strip();
            entries.add(new KbEntry(r.get("id"), status(r), KnowledgeBase.type(r.get("type")), r.get("kind").strip(), name,
                    Map.of("*", split(r.get("aliases"))), country.isEmpty() ? Optional.empty() : Optional.of(country), coords));
            if ("capital".equals(r.get("kind").strip()) && name.equals(capitalNames.get(country))) capitals.put(country, r.get("id"));
        }
        for (Map<String, String> r : rows(multi, "organisations.tsv")) {
            String country = r.get("country").strip();
            entries.add(new KbEntry(r.get("id"), status(r), KnowledgeBase.type(r.get("type")), r.get("kind").strip(),
                    first(r.get("en")), perLanguage(r), country.isEmpty() ? Optional.empty() : Optional.of(country), Optional.empty()));
        }
        for (Map<String, String> r : rows(multi, "companies.tsv")) {
            String country = r.get("country").strip();
            entries.add(new KbEntry(r.get("id"), status(r), EntityType.ORG, "company", r.get("name").strip(),
                    Map.of("*", split(r.get("aliases"))), country.isEmpty() ? Optional.empty() : Optional.of(country), Optional.empty()));
        }
        for (Map<String, String> r : rows(multi, "people.tsv")) {
            String country = r.get("country").strip();
            entries.add(new KbEntry(r.get("id"), status(r), EntityType.PER, "person", r.get("name").strip(),
                    Map.of("*", split(r.get("aliases"))), country.isEmpty() ? Optional.empty() : Optional.of(country), Optional.empty()));
        }
        List<Outlet> outlets = new ArrayList<>();
        for (Map<String, String> r : rows(multi, "outlets.tsv")) {
            String country = r.get("country").strip();
            Outlet o = new Outlet(r.get("id"), r.get("name").strip(), split(r.get("aliases")), split(r.get("domains")),
                    country.isEmpty() ? Optional.empty() : Optional.of(country), "yes".equals(r.get("state_affiliated").strip()),
                    r.get("kind").strip());
            outlets.add(o);
            entries.add(new KbEntry(o.id(), status(r), EntityType.ORG, "outlet", o.name(), Map.of("*", o.aliases()),
                    o.country(), Optional.empty()));
        }
        List<Office> offices = new ArrayList<>();
        for (Map<String, String> r : rows(multi, "offices.tsv")) {
            String where = "kb/offices.tsv row " + r;
            String end = r.get("end").strip();
            offices.add(new Office(r.get("person").strip(), r.get("role").strip(), r.get("of").strip(),
                    KnowledgeBase.date(r.get("start"), where), end.isEmpty() ? Optional.empty() : Optional.of(KnowledgeBase.date(end, where))));
        }
        return KnowledgeBase.of(entries, offices, outlets, capitals);
    }

    private static List<Map<String, String>> rows(LanguagePack multi, String file) {
        List<Map<String, String>> rows = multi.table(DIR + file);
        if (rows.isEmpty()) throw new ConfigException("knowledge base file missing or empty: org/vigie/nlp/lang/multi/" + DIR + file);
        for (Map<String, String> r : rows) {
            String id = r.getOrDefault("id", r.getOrDefault("person", "")).strip();
            if (r.containsKey("id") && !(id.matches("Q[0-9]+") || id.startsWith("vigie:"))) {
                throw new ConfigException(DIR + file + ": bad id '" + id + "'");
            }
            if (r.containsKey("qid_status")) {
                QidStatus s = status(r);
                if ((s == QidStatus.UNVERIFIED) == id.matches("Q[0-9]+")) {
                    throw new ConfigException(DIR + file + ": id " + id + " does not fit qid_status " + s.fileName());
                }
            }
        }
        return rows;
    }

    private static QidStatus status(Map<String, String> r) {
        return QidStatus.parse(r.get("qid_status"));
    }

    private static Map<String, List<String>> perLanguage(Map<String, String> r) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String lang : KnowledgeBase.LANGUAGES) {
            String cell = r.get(lang);
            if (cell != null && !cell.isBlank()) m.put(lang, split(cell));
        }
        return m;
    }

    private static String first(String cell) {
        return split(cell).get(0);
    }

    static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) if (!s.isBlank()) out.add(s.strip());
        return List.copyOf(out);
    }
}
