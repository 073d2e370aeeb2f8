package fi.polku.schools.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxDays  the longest period a learner may ask a kit for, in days (both ends included)
 * @param maxPhoto the largest kit photo accepted
 */
@ConfigurationProperties("polku.kits")
record KitProperties(Integer maxDays, DataSize maxPhoto) {

    KitProperties {
        maxDays = maxDays == null ? 28 : maxDays;
        maxPhoto = maxPhoto == null ? DataSize.ofMegabytes(2) : maxPhoto;
    }
}
