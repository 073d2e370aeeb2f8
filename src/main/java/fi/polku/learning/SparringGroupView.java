package fi.polku.learning;

import java.util.List;
import java.util.UUID;

/** A sparring group with its members' names. */
public record SparringGroupView(UUID id, String name, List<Member> members) {

    public record Member(UUID enrolmentId, String name, String school) {
    }
}
