//! Seized things as round 34's fit pool named them: drinks, machines
//! for cash, rockets; mineral water stays goods.

use super::*;

#[test]
fn seized_things_of_round_34_have_their_kind() {
    insta::assert_snapshot!(r("Customs seized 2,400 bottles of alcoholic beverages from a truck."), @"seizure Goods Seized bottles of alcoholic beverages q=2,400");
    insta::assert_snapshot!(r("The gang's 16 cash machines were seized in the raid."), @"seizure Devices Seized cash machines q=16");
    insta::assert_snapshot!(r("Troops recovered 9 rockets and 2 rocket launchers from the cave."), @"
    seizure Weapons Recovered rockets q=9
    seizure Weapons Recovered rocket launchers q=2
    ");
    // Fireworks are goods, no arms.
    insta::assert_snapshot!(r("Police seized 60 firework rockets from an unlicensed stall."), @"seizure Goods Seized firework rockets q=60");
    // Water is goods, whatever minerals it holds.
    insta::assert_snapshot!(r("Police seized 700 cases of fake mineral water."), @"seizure Counterfeit Seized cases of fake mineral water q=700");
    insta::assert_snapshot!(r("Police seized 300 cases of bottled mineral water."), @"seizure Goods Seized cases of bottled mineral water q=300");
    // A cash register is no machine for cash: cash only names it.
    insta::assert_snapshot!(r("Officers seized 3 cash registers from the shop."), @"seizure Other Seized cash registers q=3");
}
