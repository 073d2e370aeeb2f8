package fi.polku.schools.internal;

import fi.polku.schools.KitViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** In the demo run, two kits to borrow, so that the catalogue and the desk have something to show. */
@Component
@Order(30)
class KitDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(KitDemoData.class);

    private final KitRepository kits;
    private final Clock clock;
    private final boolean demo;

    KitDemoData(KitRepository kits, Clock clock, @Value("${polku.demo.enabled:false}") boolean demo) {
        this.kits = kits;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo || kits.count() > 0) {
            return;
        }
        kits.save(new Kit(new KitViews.KitForm("Robotiikkasalkku", """
                - 6 × opetusrobotti (Bluetooth) ja latausjohdot
                - 6 × tehtäväkorttisarja, luokat 3–6
                - varavirtalähde ja jatkojohto""", 2, """
                ## Ennen tuntia
                Lataa robotit edellisenä iltana. Yksi robotti riittää kolmelle oppilaalle.

                ## Tunnin kulku
                1. **Tutustuminen** (10 min): oppilaat ajavat robotilla vapaasti.
                2. **Haaste** (25 min): tehtäväkortin rata pareittain, vuorotellen ohjelmoija ja testaaja.
                3. **Pohdinta** (10 min): mikä meni toisin kuin luulitte?

                Palauta salkku puhdistettuna; kirjaa rikkoutuneet osat palautuslomakkeeseen."""),
                clock.instant()));
        kits.save(new Kit(new KitViews.KitForm("Mittausmaailma – anturisarja", """
                - 8 × lämpö- ja kosteusanturi
                - 4 × mikrokontrolleri USB-johdoilla
                - ohjeet äidinkielellä ja ruotsiksi (på svenska)""", 1, """
                ## Tutkiva oppiminen ulkona
                Oppilaat mittaavat koulun pihan *pienilmastoa* eri kohdista ja vertaavat tuloksia.

                Vinkki: sopii hyvin ympäristöopin ja matematiikan yhteiseen jaksoon."""), clock.instant()));
        log.info("Demo kits created: Robotiikkasalkku, Mittausmaailma");
    }
}
