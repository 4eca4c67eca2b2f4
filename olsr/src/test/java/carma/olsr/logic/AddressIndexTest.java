package carma.olsr.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AddressIndexTest {

    @Test
    void idsAreDenseInOrderOfFirstSightAndSurviveGrowthUntilCleared() {
        AddressIndex index = new AddressIndex();
        int[] values = new SplittableRandom(7).ints(1000).distinct().toArray();
        for (int round = 0; round < 3; round++) {
            index.clear();
            for (int i = 0; i < values.length; i++) {
                assertThat(index.add(values[i])).isEqualTo(i);
                assertThat(index.add(values[i / 2])).isEqualTo(i / 2);
            }
            for (int i = 0; i < values.length; i++) {
                assertThat(index.find(values[i])).isEqualTo(i);
                assertThat(index.address(i)).isEqualTo(values[i]);
            }
            index.clear();
            assertThat(index.find(values[0])).isEqualTo(-1);
            assertThat(index.add(values[1])).isZero();
        }
    }
}
