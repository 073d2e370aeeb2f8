package fi.polku.peerreview.internal;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class AllocationQueryH2Test extends AllocationQueryTestBase {
}
