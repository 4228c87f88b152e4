package ee.hoolekanne.adapter.letters;

import ee.hoolekanne.port.out.DecisionLetters;
import ee.hoolekanne.testkit.contract.DecisionLettersContract;

/** The letters adapter passes the testkit's contract of {@link DecisionLetters}. */
class HoolekanneLettersContractTest extends DecisionLettersContract {

    private static final HoolekanneLetters LETTERS = HoolekanneLetters.create(LetterSettings.of(LettersTest.TARTU));

    @Override
    protected DecisionLetters letters() {
        return LETTERS;
    }
}
