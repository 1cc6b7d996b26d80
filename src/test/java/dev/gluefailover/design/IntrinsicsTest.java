package dev.gluefailover.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each intrinsic function on its own, in its long (JSON) form. */
class IntrinsicsTest {
    private final List<String> warnings = new ArrayList<>();

    private Object eval(String json) throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonNode conditions = m.readTree("""
                {"IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]},
                 "InUsEast1": {"Fn::Equals": [{"Ref": "AWS::Region"}, "us-east-1"]},
                 "Both": {"Fn::And": [{"Condition": "IsProd"}, {"Condition": "InUsEast1"}]},
                 "Either": {"Fn::Or": [{"Fn::Not": [{"Condition": "IsProd"}]}, {"Condition": "InUsEast1"}]},
                 "Unknowable": {"Fn::Equals": [{"Ref": "NoDefault"}, "x"]}}""");
        JsonNode mappings = m.readTree("{\"Sizes\": {\"prod\": {\"Workers\": 10}}}");
        Intrinsics fn = new Intrinsics(Map.of("Env", "prod", "NoDefault", new Unknown("parameter NoDefault")),
                Map.of("AWS::Region", "us-east-1", "AWS::Partition", "aws", "AWS::AccountId",
                        new Unknown("AWS::AccountId")),
                conditions, mappings, (r, where) -> List.of(r + "a", r + "b"), new Intrinsics.Resources() {
                    @Override
                    public Optional<Object> ref(String id) {
                        return id.equals("Subnet") ? Optional.of("subnet-Subnet") : Optional.empty();
                    }

                    @Override
                    public Optional<Object> getAtt(String id, String attribute, String where) {
                        return id.equals("Subnet") && attribute.equals("AvailabilityZone") ? Optional.of("us-east-1b")
                                : Optional.empty();
                    }
                }, (where, text) -> warnings.add(where + ": " + text));
        return fn.eval(m.readTree(json), "Test");
    }

    @Test
    void refGetAttJoinSubSelectSplit() throws Exception {
        assertEquals("subnet-Subnet", eval("{\"Ref\": \"Subnet\"}"));
        assertEquals("us-east-1b", eval("{\"Fn::GetAtt\": [\"Subnet\", \"AvailabilityZone\"]}"));
        assertEquals("us-east-1b", eval("{\"Fn::GetAtt\": \"Subnet.AvailabilityZone\"}"));
        assertEquals("arn:aws:iam::aws:policy/x", eval("{\"Fn::Join\": [\"\", [\"arn:\", {\"Ref\": \"AWS::Partition\"}, "
                + "\":iam::aws:policy/x\"]]}"));
        assertEquals("prod in us-east-1 ${Literal} subnet-Subnet/us-east-1b", eval("{\"Fn::Sub\": "
                + "\"${Env} in ${AWS::Region} ${!Literal} ${Subnet}/${Subnet.AvailabilityZone}\"}"));
        assertEquals("a-1", eval("{\"Fn::Sub\": [\"${x}-1\", {\"x\": \"a\"}]}"));
        assertEquals("us-east-1b", eval("{\"Fn::Select\": [\"1\", {\"Fn::GetAZs\": \"\"}]}"));
        assertEquals(List.of("a", "b", ""), eval("{\"Fn::Split\": [\",\", \"a,b,\"]}"));
        assertEquals(new BigDecimal(10), eval("{\"Fn::FindInMap\": [\"Sizes\", {\"Ref\": \"Env\"}, \"Workers\"]}"));
        assertEquals("aGk=", eval("{\"Fn::Base64\": \"hi\"}"));
        assertEquals(new BigDecimal(2), eval("{\"Fn::Length\": [1, 2]}"));
    }

    @Test
    void cidrComputesTheBlocksCloudFormationWould() throws Exception {
        assertEquals(List.of("10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"),
                eval("{\"Fn::Cidr\": [\"10.0.0.0/16\", 3, 8]}"));
        assertEquals(List.of("192.168.0.0/27", "192.168.0.32/27"), eval("{\"Fn::Cidr\": [\"192.168.0.0/24\", 2, 5]}"));
        // what the CDK writes for a /16 split into /18s
        assertEquals("10.0.192.0/18", eval("{\"Fn::Select\": [3, {\"Fn::Cidr\": [\"10.0.0.0/16\", 4, \"14\"]}]}"));
        Object tooMany = eval("{\"Fn::Cidr\": [\"10.0.0.0/24\", 3, 7]}");
        assertTrue(tooMany instanceof Unknown, String.valueOf(tooMany));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("Fn::Cidr")), warnings.toString());
    }

    @Test
    void conditionsAndIf() throws Exception {
        assertEquals("yes", eval("{\"Fn::If\": [\"Both\", \"yes\", \"no\"]}"));
        assertEquals("yes", eval("{\"Fn::If\": [\"Either\", \"yes\", \"no\"]}"));
        assertEquals(List.of("a"), eval("[\"a\", {\"Fn::If\": [\"IsProd\", {\"Ref\": \"AWS::NoValue\"}, \"b\"]}]"));
        Object unknown = eval("{\"Fn::If\": [\"Unknowable\", \"yes\", \"no\"]}");
        assertTrue(unknown instanceof Unknown, String.valueOf(unknown));
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("Test: ") && w.contains("Unknowable")),
                warnings.toString());
    }

    @Test
    void whatADeploymentAloneKnowsIsANamedUnknown() throws Exception {
        assertEquals(new Unknown("Fn::ImportValue shared-subnet"), eval("{\"Fn::ImportValue\": \"shared-subnet\"}"));
        assertEquals(new Unknown("parameter NoDefault"), eval("{\"Ref\": \"NoDefault\"}"));
        Unknown arn = (Unknown) eval("{\"Fn::Sub\": \"arn:aws:iam::${AWS::AccountId}:role/x\"}");
        assertEquals("arn:aws:iam::{AWS::AccountId}:role/x", arn.shown());
        Object missing = eval("{\"Ref\": \"NotThere\"}");
        assertTrue(missing instanceof Unknown);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("NotThere")), warnings.toString());
        Object transform = eval("{\"Fn::Transform\": {\"Name\": \"AWS::Include\"}}");
        assertTrue(transform instanceof Unknown);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("Fn::Transform")), warnings.toString());
    }
}
