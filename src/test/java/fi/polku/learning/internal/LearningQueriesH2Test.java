package fi.polku.learning.internal;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class LearningQueriesH2Test extends LearningQueriesTestBase {
}
