package org.vigie.eval.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.json.AnalysisJson;
import org.vigie.nlp.DefaultPipeline;

import static org.junit.jupiter.api.Assertions.*;

class ContractValidatorTest {

    @Test
    void pipelineOutputHonoursTheContract() {
        Document d = DefaultPipeline.create().run(Document.ofText("Titre\n\nLe 3 mars, \uD83D\uDE00 « Bonjour », a dit M. Vasko.\n"));
        assertEquals(java.util.List.of(), ContractValidator.validate(AnalysisJson.write(d)));
    }

    @Test
    void actorsTheEventRulesInferAreEntitiesOfTheRecord() {
        // a capital's state the text never names, a demonym after a preposition, people the rules group
        for (String text : java.util.List.of("Chile recalled its ambassador to Lima for consultations.\n",
                "Japan froze the assets of Peruvian officials on Monday.\n",
                "Bolivian police fired tear gas at protesters in La Paz.\n")) {
            Document d = DefaultPipeline.create().run(Document.ofText("Titre\n\n" + text));
            var json = AnalysisJson.write(d);
            assertFalse(json.path("events").isEmpty(), text);
            assertEquals(java.util.List.of(), ContractValidator.validate(json), text);
        }
    }

    @Test
    void wrongSpanTextIsReported() {
        Document d = DefaultPipeline.create().run(Document.ofText("Une ligne.\nUne autre."));
        ObjectNode json = AnalysisJson.write(d);
        ObjectNode mention = json.putArray("entities").addObject();
        mention.put("id", "vigie:x").put("name", "X").put("type", "PER");
        mention.putArray("mentions").addObject().put("start", 0).put("end", 3).put("text", "Deux");
        assertTrue(ContractValidator.validate(json).stream().anyMatch(p -> p.contains("span text 'Deux'")));
    }

    @Test
    void missingFieldsAndDanglingRefsAreReported() {
        ObjectNode json = AnalysisJson.write(DefaultPipeline.create().run(Document.ofText("Texte.")));
        json.remove("blocks");
        json.putArray("quotes").addObject().put("start", 0).put("end", 1).put("text", "T").put("direct", true)
                .put("language", "fr").putNull("cue").putObject("speaker").put("entity", "vigie:nobody").put("name", "Nobody");
        var problems = ContractValidator.validate(json);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("schema:") && p.contains("blocks")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("vigie:nobody")), problems.toString());
    }
}
