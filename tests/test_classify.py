"""Category and statutory cues: what a figure is about, and whether a law prescribes it."""

from dataclasses import dataclass

from extract.recognise import figures_in_paragraph


@dataclass(frozen=True)
class Para:
    index: int
    start: int
    end: int
    text: str
    sentences: tuple = ()


def figs(text):
    return [(f["mention"], f["category"], f["statutory"]) for f in figures_in_paragraph(Para(0, 0, len(text), text), 2020)]


def test_fine_imposed_is_a_fine_and_not_statutory():
    assert figs("The judge imposed an administrative fine of 27,000 tenge ($65).")[0][1:] == ("fine", False)


def test_maximum_fine_in_law_is_statutory():
    assert figs("The law penalizes spreading false information with fines of up to 12.63 million tenge ($32,800).")[0][1:] == ("fine", True)


def test_bribe_and_wage_amounts():
    assert figs("a former judge was convicted for taking an approximately 1.2 million tenge ($3,000) bribe")[0][1] == "bribe"
    assert figs("During the year the national monthly minimum wage was 42,500 tenge ($106).")[0][1] == "wage"


def test_sentenced_years_in_jail_is_prison_term():
    assert figs("The court sentenced the two deputies to seven years in jail.")[-1][1:] == ("prison_term", False)


def test_probation_ban_and_compulsory_work_from_the_words_after_the_duration():
    got = figs("The court sentenced him to three years of probation, a five-year ban on public activity, "
               "and 100 hours a year of compulsory labor.")
    assert [g[1] for g in got] == ["probation", "ban", "compulsory_work"]


def test_restricted_freedom_is_probation():
    assert figs("the court sentenced Bakauov to 3.5 years of restricted freedom of movement")[0][1] == "probation"


def test_days_of_administrative_arrest():
    assert figs("an activist was sentenced to 10-days administrative arrest for violation of public order")[0][1] == "administrative_arrest"


def test_pretrial_detention_limit_in_law_is_statutory_detention():
    assert figs("Once charged, detainees may be held in pretrial detention for up to two months.")[0][1:] == ("detention", True)


def test_deadline_is_a_statutory_legal_time_limit():
    assert figs("Detainees have 15 days to submit complaints to the court.")[0][1:] == ("legal_time_limit", True)
    assert figs("The prosecutor takes it to court within 12 hours.")[0][1] == "legal_time_limit"


def test_killed_and_died_are_deaths_injured_are_injuries():
    assert figs("Prosecutors reported that 11 victims died.")[0][1] == "deaths"
    assert figs("two workers were injured and five died of chemical burns")[0][1] == "injuries"
    assert figs("two workers were injured and five died of chemical burns")[1][1] == "deaths"


def test_complaints_received():
    assert figs("her office received 125 complaints about torture, compared to 84 throughout 2019.")[:2] == [
        ("125", "complaints", False), ("84", "complaints", False)]


def test_convicted_people_detained_people_and_sanctioned_officials():
    assert figs("23 individuals were convicted of torture.")[0][1] == "convictions"
    assert figs("Police stated that 53 protesters were detained.")[0][1] == "detentions"
    assert figs("37 judges were dismissed in 2019 for unlawful decisions.")[0][1] == "officials_sanctioned"


def test_organizations_population_property_and_inspections():
    assert figs("there were 31 crisis centers throughout the country")[0][1] == "organizations"
    assert figs("the FTUK with two million members")[0][1] == "population"
    assert figs("168 houses and 122 vehicles were damaged")[0][1] == "property"
    assert figs("inspectors conducted 1,900 inspections and detected 3,000 violations")[0][1] == "inspections"


def test_percent_age_and_ratio_categories():
    assert figs("10 percent of judgeships were vacant")[0][1] == "percent"
    assert figs("a 20-year-old girl was kidnapped")[0][1] == "age"
    assert figs("a three-fold increase in corruption cases")[0][1] == "ratio"


def test_minimum_age_in_law_is_statutory_age():
    assert figs("The legal minimum age for marriage is 18, but it may be reduced to 16.") == [
        ("18", "age", True), ("16", "age", True)]


def test_things_counted_decide_over_a_nearby_death_word():
    assert figs("The Prosecutor General's Office opened 14 criminal cases into deaths in custody.")[0][1] == "criminal_cases"


def test_people_held_in_facilities_are_prisoners():
    found = figs("According to the service, 9,637 persons were held in 31 facilities, including 412 women.")
    assert [f[1] for f in found] == ["prisoners", "organizations", "prisoners"]


def test_suicides_and_hospital_treatment_are_casualties():
    assert figs("The service reported 47 deaths in custody, 11 of them suicides.")[1][1] == "deaths"
    assert figs("Police said officers had recovered 23 bodies and that 11 people were being treated in hospital.")[1][1] \
        == "injuries"


def test_arrest_verb_closer_than_killed_makes_detentions():
    assert figs("The army said its troops killed 537 bandits and arrested 1,200 suspects.")[1][1] == "detentions"


def test_people_fined_are_convictions():
    assert figs("Police detained 30 protesters and released them; 18 received administrative fines.")[1][1] == "convictions"


def test_people_counted_in_a_picket_are_not_the_fined():
    text = "On November 5, a court fined activist Aziza Sadykova 5,000 soms ($59) for organizing a picket of 12 people."
    assert figs(text)[1][1] == "population"


def test_held_for_a_duration_is_detention_and_what_happened():
    assert figs("Defenders said police routinely held suspects for more than 72 hours without registering them.")[0][1:] \
        == ("detention", False)


def test_blocking_websites_for_a_period_is_a_statutory_ban():
    assert figs("The law allows the authorities to block websites for up to two months without a court order.")[0][1:] \
        == ("ban", True)


def test_duration_before_a_deadline_word_is_a_legal_time_limit():
    assert figs("The firm said it would appeal within the two-month deadline.")[0][1:] == ("legal_time_limit", True)


def test_time_gap_after_an_event_is_a_plain_duration():
    assert figs("A man died in a detention facility two days after police detained him.")[0][1] == "duration_other"


def test_referendum_result_is_not_statutory_but_code_quota_is():
    assert figs("In the April 11 constitutional referendum, 79.3 percent of voters supported it.")[0][2] is False
    assert figs("The electoral code requires that at least 30 percent of candidates be women.")[0][2] is True


def test_month_may_is_not_the_modal_verb():
    assert figs("Leaders meeting on 19-21 May pledged $600bn for infrastructure.")[0][2] is False


def test_percent_change_is_not_statutory():
    assert figs("In February the government raised the minimum monthly wage by 10 percent.")[0][2] is False


def test_law_cue_after_a_semicolon_does_not_make_a_count_statutory():
    found = figs("Women held 17 of the 90 seats; the electoral code requires that at least 30 percent of candidates be women.")
    assert [f[2] for f in found] == [False, False, True]


def categories(text):
    return {m: c for m, c, _ in figs(text)}


def test_probes_inquiries_and_charges_are_criminal_cases():
    assert categories("The ombudsman opened 87 probes into alleged torture by guards.")["87"] == "criminal_cases"
    assert categories("Prosecutors launched 12 inquiries into deaths in custody.")["12"] == "criminal_cases"
    assert categories("Police filed 15 charges against protesters.")["15"] == "criminal_cases"


def test_allegations_are_complaints_and_reports_only_when_received():
    assert categories("The office received 54 allegations of torture.")["54"] == "complaints"
    assert categories("The commission registered 130 reports of abuse.")["130"] == "complaints"
    assert categories("Media published 30 reports of abuse in detention.")["30"] == "count_other"


def test_places_are_not_detentions_and_crowds_are_population():
    assert categories("Activists were held in detention in at least 29 countries.")["at least 29"] == "count_other"
    got = categories("Thousands took to the streets to protest the detention of the opposition leader.")
    assert got["Thousands"] == "population"


def test_short_jail_terms_for_administrative_offences_are_administrative_arrest():
    assert categories("A court handed the activist a 15-day sentence for picketing.")["15-day"] == "administrative_arrest"
    assert categories("He was jailed for 10 days for an unsanctioned rally.")["10 days"] == "administrative_arrest"
    assert categories("He was detained for 10 days for disobeying police.")["10 days"] == "administrative_arrest"
    assert categories("The court sentenced him to seven years in prison for an illegal rally.")["seven years"] == \
        "prison_term"
    assert categories("He spent 10 days in pretrial detention after an unsanctioned protest.")["10 days"] == "detention"


def cat(text, mention):
    return next(f["category"] for f in figures_in_paragraph(Para(0, 0, len(text), text), 2020)
                if f["mention"] == mention)


def test_death_sentences_and_death_row_are_not_deaths():
    assert cat("Courts handed down 310 death sentences in the year.", "310") == "convictions"
    assert cat("At least 4,100 people were on death row at year's end.", "At least 4,100") == "prisoners"


def test_executions_are_deaths():
    assert cat("The authorities executed 37 people in one week.", "37") == "deaths"


def test_count_after_and_takes_the_verb_of_its_own_clause():
    assert cat("Dozens of people died and hundreds of residents were arrested.", "hundreds") == "detentions"


def test_participle_before_the_noun_does_not_decide_the_category():
    assert cat("Five people were shot dead, with one detained student found dead in custody.", "one") == "deaths"


def test_present_tense_detain_in_a_headline():
    assert cat("Police detain over 600 people at rallies", "over 600") == "detentions"


def test_relative_clause_after_where_does_not_lend_its_verb():
    assert cat("About 60 children returned from the camps, where their fathers were arrested.", "About 60") != "detentions"


def test_incidents_and_weights_are_not_people():
    assert cat("Guards fired on crowds in 3 incidents, killing nine.", "3") == "count_other"
    assert cat("Police arrested him and said they found 4.2 grams of cannabis.", "4.2 grams") == "other"


def test_pretrial_imprisonment_is_detention():
    assert cat("A court ordered his pretrial imprisonment for two months.", "two months") == "detention"


def test_prosecutor_asking_for_years_is_a_prison_term():
    assert cat("The prosecutor asked for nine years.", "nine years") == "prison_term"


def test_paid_fines_and_a_news_article_are_not_statutory():
    figs_ = figs("Protesters paid about $40,000 in fines under the assembly articles.")
    assert figs_[0][2] is False
    assert figs("He was caught taking a $900 bribe in exchange for an article.")[0][2] is False


def test_his_face_is_not_a_penalty_cue():
    assert figs("Half of his face was bruised after the beating.")[0][2] is False


def test_practice_that_did_not_exceed_a_limit_is_not_statutory():
    assert figs("Walks in the yard did not exceed 30 minutes.")[0][2] is False


def test_found_people_guilty_is_convictions():
    assert cat("A military tribunal found 22 soldiers guilty of looting.", "22") == "convictions"


def test_table_row_label_names_what_its_numbers_count():
    assert [f[1] for f in figs("Complaints\t212\t305")] == ["complaints", "complaints"]
    assert [f[1] for f in figs("Journalists in custody | 9")] == ["population"]


def test_site_blocked_for_a_period_is_a_ban():
    assert cat("The news portal was blocked for three months over its coverage.", "three months") == "ban"


def test_restrictions_on_freedom_of_movement_are_probation():
    assert figs("A court fined the blogger and placed restrictions on his freedom of movement for two years.") == [
        ("two years", "probation", False)]


def test_deprivation_of_liberty_in_a_raised_penalty_is_a_statutory_prison_term():
    assert figs("The bill raises the penalty for torture; the penalty under the new article is raised to 12 years "
                "deprivation of liberty.")[0][1:] == ("prison_term", True)


def test_time_served_is_a_prison_term():
    assert figs("A recruiter got three years probation; he served one year before he was expelled.")[1] == (
        "one year", "prison_term", False)


def test_potential_cases_investigated_by_the_government_are_not_statutory():
    assert figs("In 2019, the government investigated 41 potential trafficking cases.") == [
        ("41", "criminal_cases", False)]


def test_people_under_death_sentences_and_death_sentences_against_people():
    assert figs("Courts handed down death sentences against 120 people.")[0][1] == "convictions"
    assert figs("At the end of the year, at least 900 people were under sentence of death.")[0][1] == "prisoners"
    assert figs("Of these, 11 political prisoners were hanged.")[0][1] == "deaths"


def test_a_prosecuted_officer_is_sanctioned_even_beside_a_death():
    assert figs("Only one police officer was prosecuted for the shepherd's death.")[0][1] == "officials_sanctioned"


def test_people_interviewed_are_not_victims():
    assert figs("Researchers interviewed 22 people, including lawyers for victims of torture.")[0][1] == "population"


def test_a_period_from_one_date_to_another_is_not_a_legal_time_limit():
    assert figs("The report covers the six-month period from January 1 to June 30.")[0][1] == "duration_other"


def test_seats_and_women_and_gatherings_are_counted_things():
    assert figs("The 450-seat assembly met.")[0][1] == "population"
    assert figs("The court sentenced 12 women.")[0][1] == "convictions"
    assert figs("Police dispersed three gatherings of pensioners, killing one man.")[0][1] == "count_other"


def test_a_part_named_without_its_noun_shares_the_category_of_the_whole():
    assert figs("At least 40 people have died in a month of clashes with the police, including 17 on Friday.")[1][1] \
        == "deaths"


def test_people_who_face_a_penalty_are_a_count_not_a_prescription():
    assert figs("Eleven editors face a combined 90 years in prison.") == [
        ("Eleven", "population", False), ("90 years", "prison_term", True)]


def test_complaint_cases_received_are_complaints_not_criminal_cases():
    assert figs("The commissioner said her office received 52 alleged abuse complaint cases in the spring.")[0][1] == \
        "complaints"


def test_written_statements_received_are_complaints():
    assert figs("A monitoring group registers 31 ill-treatment statements in three months.")[0][1] == "complaints"
    assert figs("The helpline received 77 different statements from detainees.")[0][1] == "complaints"


def test_span_over_which_reports_were_counted_is_not_a_deadline():
    rows = figs("The monitors received 40 torture statements within 5 months.")
    assert rows[1][0] == "within 5 months" and rows[1][1] == "duration_other" and rows[1][2] is False


def test_a_procedural_within_is_still_a_legal_time_limit():
    assert figs("Suspects must be brought before a judge within 48 hours of arrest.")[0][1:] == ("legal_time_limit", True)


def test_maximum_penalty_in_years_is_a_prison_term():
    assert figs("Where the victim is a child, the maximum penalty is 12 years.")[0][1:] == ("prison_term", True)


def test_how_long_a_case_has_lasted_is_not_a_prison_term():
    rows = figs("The court jailed the writer in a libel case that had been ongoing for 19 years.")
    assert rows[0][:2] == ("19 years", "duration_other")


def test_count_followed_only_by_a_time_counts_the_noun_before_it():
    rows = figs("The office received 4,210 complaints in one year, and 5,930 last year.")
    assert [r[1] for r in rows if r[0] in ("4,210", "5,930")] == ["complaints", "complaints"]


def test_occupants_of_a_prison_counted_as_persons_are_prisoners():
    assert figs("The remand centre housed juveniles and adults and accommodated roughly 650 persons.")[0][1] == \
        "prisoners"
    assert figs("A press union said the inmate population stood at 21,400 persons last year.")[0][1] == "prisoners"
    assert figs("Her staff met 9 people in temporary isolation cells after the march.")[0][1] == "prisoners"


def test_people_prosecuted_are_criminal_cases_not_a_population():
    assert figs("The government also prosecuted 73 individuals in smuggling cases.")[0][1] == "criminal_cases"


def test_people_whose_rights_were_violated_or_who_vanished_are_victims():
    rows = figs("The committee held that the state violated the rights of six complainants, three of them minors "
                "when they were detained.")
    assert [r[1] for r in rows] == ["victims", "victims"]
    assert figs("Their families say the 11 men have not been seen since the deportation.")[0][1] == "victims"


def test_one_persons_deadline_is_not_statutory():
    assert figs("The court told her on Monday that she had 15 days to pay the debt.")[0][1:] == \
        ("legal_time_limit", False)
    assert figs("The code gives defendants 15 days to appeal.")[0][2] is True


def test_assassinations_and_homicides_are_deaths():
    assert figs("The ombudsman said 97 community organisers were assassinated last year.")[0][1] == "deaths"
    assert figs("Of the victims, 83 homicides were of men.")[0][1] == "deaths"


def test_people_jailed_or_given_jail_terms_are_convictions():
    assert figs("Nine union members were jailed on rioting charges on Monday.")[0][1] == "convictions"
    assert figs("The tribunal handed out jail terms to 27 protest leaders.")[0][1] == "convictions"
    assert figs("His four other clients received six years in prison.")[0][1] == "convictions"
    assert figs("The blasphemy law led to the conviction of 44 people.")[0][1] == "convictions"


def test_counted_prisons_and_jails_are_facilities():
    assert figs("Inspectors toured 14 of the country's 31 prisons.")[1][1] == "organizations"


def test_a_capacity_counts_places_not_prisoners():
    rows = figs("The jails held 9,500 inmates against an approved capacity of 6,020.")
    assert [r[1] for r in rows] == ["prisoners", "count_other"]
    assert figs("Cells built for just four people held 12 prisoners.")[0][1] == "count_other"


def test_being_stripped_of_a_right_for_years_is_a_ban():
    rows = figs("Six councillors were sentenced to four years in jail and stripped of their right to stand "
                "for office for ten years.")
    assert [r[1] for r in rows] == ["convictions", "prison_term", "ban"]


def test_the_verb_of_the_counts_clause_beats_a_participle_describing_it():
    assert figs("Three men convicted of smuggling heroin were executed at dawn.")[0][1] == "deaths"


def test_lying_face_up_is_not_a_penalty_someone_faces():
    assert figs("Laid face up, the bodies would cover about one-quarter of the square.")[0][2] is False


def test_arresting_and_detaining_name_detentions():
    assert figs("Police cracked down, arresting at least 31 students on campus.")[0][1] == "detentions"


def test_bracketed_tallies_after_names_take_what_the_sentence_counts():
    cats = figs("The monitor logged killings by district: Upper Vale (31), Lower Vale (17) and Riverside (6).")
    assert [c for _, c, _ in cats] == ["deaths", "deaths", "deaths"]


def test_a_size_named_by_population_of_is_population():
    assert figs("The republic has a population of roughly 41.2 million.")[0][1] == "population"


def test_a_people_named_by_a_capitalised_plural_is_population():
    assert figs("Some 12 million Tamils live across the south of the country.")[0][1] == "population"


def test_a_sentence_opening_on_part_of_the_last_count_inherits_its_category():
    cats = figs("The service held 8,100 prisoners in its colonies. About 900 of these were juveniles.")
    assert [c for _, c, _ in cats] == ["prisoners", "prisoners"]


def test_people_whose_own_predicate_is_a_charge_are_not_prisoners():
    assert figs("Forty of the rioting inmates were subsequently charged with arson.")[0][1] == "count_other"


def test_officers_charged_remain_officials_sanctioned():
    assert figs("Two guards were charged with abuse of power after the inquiry.")[0][1] == "officials_sanctioned"


def test_generic_event_nouns_take_the_category_of_what_they_are_of():
    assert figs("Monitors listed 23 instances of arrests of bloggers.")[0][1] == "detentions"
    assert figs("The union noted 31 occurrences of attacks on reporters.")[0][1] == "criminal_cases"


def test_trials_are_criminal_cases():
    assert figs("Observers attended 16 trials of opposition figures.")[0][1] == "criminal_cases"


def test_a_noun_before_a_verb_of_change_is_what_the_count_counts():
    assert figs("Investigations rose to 640 over the year.")[0][1] == "criminal_cases"


def test_places_damaged_are_property():
    assert figs("Arsonists torched 9 churches and vandalised 4 places of worship.")[0][1:] == ("property", False)
    assert figs("Arsonists torched 9 churches and vandalised 4 places of worship.")[1][1] == "property"


def test_rescued_bonded_labourers_are_victims():
    assert figs("A raid released 55 bonded labourers from a quarry.")[0][1] == "victims"


def test_arrests_named_as_a_noun_are_detentions():
    assert figs("The committee counted 27 arrests during the strike.")[0][1] == "detentions"


def test_rights_violations_documented_by_monitors_are_not_inspections():
    assert figs("The coalition recorded at least 52 human rights violations in the camps.")[0][1] == "count_other"
    assert figs("Labor inspectors carried out checks and found 210 violations.")[0][1] == "inspections"


def test_people_remaining_in_detention_are_prisoners():
    assert figs("At least 70 demonstrators remained in pretrial detention in May.")[0][1] == "prisoners"


def test_a_courts_arrests_and_penalties_imposed_on_people_are_convictions():
    assert [c for _, c, _ in figs("The district courts jailed 12 marchers and fined 40.")] == ["convictions", "convictions"]
    assert figs("Judges handed down fines (51 people) and short arrests (19 people).")[1][1] == "convictions"


def test_people_whose_own_predicate_is_a_verdict_are_convictions():
    assert figs("Three of the students detained were found guilty of vandalism.")[0][1] == "convictions"


def test_people_held_in_named_prisons_or_remanded_are_prisoners():
    assert figs("Dozens were arrested and 9 remain in Turkish prisons.")[1][1] == "prisoners"
    assert figs("Two were bailed while the other seven were remanded to prison.")[1][1] == "prisoners"
    assert figs("The monitors found 210 people currently detained at three jails.")[0][1] == "prisoners"


def test_dying_and_lives_taken_are_deaths():
    assert figs("The floods left hundreds dying in shelters.")[0][1] == "deaths"
    assert figs("The conflict has taken the lives of more than 8,000 villagers.")[0][1] == "deaths"


def test_a_killed_predicate_after_an_including_aside_is_deaths():
    assert figs("Three detainees, including a teacher and a nurse, were executed last week.")[0][1] == "deaths"


def test_wounding_people_is_injuries():
    assert figs("Troops opened fire on the march, wounding at least 14 people.")[0][1] == "injuries"


def test_a_part_named_by_a_group_of_people_shares_the_wholes_category():
    assert [c for _, c, _ in figs("At least 400 people died in custody, including 31 children.")] == ["deaths", "deaths"]


def test_a_country_of_n_million_is_population():
    assert figs("The leader has governed the nation of 12 million for decades.")[0][1] == "population"


def test_operations_are_not_deaths():
    assert figs("Officers killed 300 suspects in 2,000 raids and 9,120 police operations.")[2][1] == "count_other"


def test_opposition_officials_arrested_are_detentions_and_lawmakers_are_people():
    cats = figs("Police arrested 11 opposition officials, among them two lawmakers.")
    assert [c for _, c, _ in cats] == ["detentions", "detentions"]


def test_damage_verbs_far_from_a_count_do_not_make_it_property():
    assert figs("Rioters set three offices ablaze and one district mayor resigned.")[1][1] != "property"


def test_people_abused_and_a_rape_recorded():
    assert figs("Peacekeepers are accused of having abused at least 9 women.")[0][1] == "victims"
    assert figs("Police said one rape was registered at the camp.")[0][1] == "criminal_cases"


def test_disappearances_documented_are_victims():
    assert figs('The group documented nearly 120 "disappearances" in the province.')[0][1] == "victims"


def test_a_court_order_to_stay_away_for_days_is_a_ban():
    assert figs("The judge ordered them to stay away from the plant for 90 days.")[0][1] == "ban"


def test_obligation_a_judge_imposed_for_the_next_days_is_not_statutory():
    assert figs("The judge ruled that the marchers must keep away from the minister's house for the next 45 days.")[0][1:] \
        == ("ban", False)


def test_officers_who_were_sued_are_officials_sanctioned_not_detentions():
    assert figs("Eight prison guards were sued by relatives over the beatings and detentions.")[0][1] == "officials_sanctioned"


def test_maximum_penalty_is_statutory_even_after_found_guilty():
    assert figs("The maximum penalty for officials found guilty of embezzlement is 12 years' imprisonment.")[0][1:] \
        == ("prison_term", True)


def test_custody_the_police_might_or_are_authorized_to_hold_is_statutory():
    assert figs("In terrorism cases police might keep a suspect in custody for 72 hours.")[0][2] is True
    assert figs("The code authorizes investigators to hold a suspect for 20 days, with a possible extension "
                "of 10 days.")[1][2] is True


def test_deadline_after_must_be_filed_is_statutory():
    assert figs("An indictment must be filed with the court within 10 days of arrest.")[0][1:] == ("legal_time_limit", True)


def test_penalty_range_under_a_named_law_is_statutory():
    assert figs("Forging documents is an offence under the immigration law with one to four years imprisonment.")[0][2] is True


def test_measured_share_of_the_labor_force_is_not_statutory():
    assert figs("The labor code covers only 35 percent of the workforce.")[0][1:] == ("percent", False)
    assert figs("That legislation protects the formal sector, which employed approximately 15 percent of workers.")[0][2] is False


def test_legal_workweek_is_statutory():
    assert figs("The standard legal workweek was 45 hours.")[0][2] is True


def test_suspended_prison_term_is_probation():
    assert figs("A blogger was given a four-month suspended prison term for the post.")[0][1] == "probation"


def test_directive_requiring_a_period_before_trial_is_statutory():
    assert figs("The ministry adopted a directive requiring police to notify families at least three days before "
                "a hearing.")[0][2] is True


def test_parts_in_brackets_of_a_victim_count_are_victims():
    got = figs("Of the 30 victims found, 25 were forced labor victims (22 local citizens and three foreign nationals) "
               "and five were sex trafficking victims.")
    assert [c for _, c, _ in got] == ["victims"] * 5


def test_count_named_by_its_predicate_noun_takes_that_category():
    assert figs("Of those identified, 12 were trafficking victims.")[0][1] == "victims"


def test_count_under_investigation_is_not_named_by_investigation():
    got = figs("Two prosecutors were convicted of bribery, and three were under investigation at year's end.")
    assert got[1][1] != "criminal_cases"


def test_penalty_with_a_condition_in_the_law_is_statutory():
    got = figs("The law criminalizes assault and imposes penalties up to six years of imprisonment, or longer terms "
               "if the assault was committed against a child.")
    assert got[0][1:] == ("prison_term", True)


def test_punishment_for_conviction_ranging_between_terms_is_statutory():
    assert figs("The punishment for conviction of kidnapping ranges from four to 12 years' imprisonment.")[0][2] is True


def test_law_enforcement_officers_are_not_a_law_cue():
    got = figs("Some 150 abuses were committed by law enforcement officers last year (120 in 2018, an increase of 25%).")
    assert [s for _, _, s in got] == [False, False, False]


def test_fines_inspectors_imposed_are_not_statutory():
    got = figs("Inspectors found 900 breaches of the labor legislation and imposed fines in the amount of "
               "12.5 million tenge.")
    assert got[-1][1:] == ("fine", False)


def test_count_before_and_another_count_keeps_its_own_verb():
    got = figs("Activists said 30 people each week were subjected to abuse and more than 200 people died every year.")
    assert [c for _, c, _ in got] == ["victims", "deaths"]


def test_one_of_whom_died_counts_a_death_and_not_the_group():
    got = figs("Guards were accused of torturing more than 40 inmates, one of whom died.")
    assert [(m, c) for m, c, _ in got] == [("more than 40", "injuries"), ("one", "deaths")]


def test_orders_mandatory_for_execution_are_not_deaths():
    assert figs("Managers were issued 120 prescriptions, mandatory for execution.")[0][1] == "inspections"


def test_registered_facts_are_recorded_offences():
    assert figs("In the first half of the year the prosecutor's office said 318 facts of extortion were registered.")[0][1] \
        == "criminal_cases"


def test_reported_stateless_people_are_a_population():
    assert figs("Officials noted a rise of 412 reported stateless people since the previous census.")[0][1] == "population"


def test_convicts_kept_in_a_cell_are_prisoners():
    assert figs("Monitors found that between 30 and 60 convicts are kept in each barrack.")[0][1] == "prisoners"


def test_short_arrest_in_months_for_an_administrative_offense_is_administrative_arrest():
    assert figs("The code allows a violator to be arrested for up to 1.5 months for a repeated administrative "
                "offense.")[0][1] == "administrative_arrest"


def test_wage_arrears_repaid_in_tenge_are_wages():
    assert figs("Inspectors ensured that employers repaid 210 million tenge in wage arrears to miners.")[0][1] == "wage"


def test_vote_shares_in_a_referendum_on_amendments_are_not_statutory():
    got = figs("In the March referendum, 81.2 percent of voters backed the constitutional amendments, with 44.5 percent "
               "turnout.")
    assert [g[2] for g in got] == [False, False]


def test_parties_forming_a_coalition_under_the_constitution_is_an_event():
    got = figs("As the constitution required, four of the six parties in parliament then formed a coalition.")
    assert [g[2] for g in got] == [False, False]


def test_members_replaced_in_an_election_not_subject_to_observation_are_not_statutory():
    got = figs("By-elections that were not subject to independent monitoring replaced three deputies in June.")
    assert got[0][1:] == ("population", False)


def test_term_of_office_extended_from_one_length_to_another_is_two_statutory_periods():
    got = figs("The amended constitution lengthened the presidential term in office from four to six years.")
    assert got == [("four", "legal_time_limit", True), ("six years", "legal_time_limit", True)]


def test_review_no_later_than_hours_after_arrest_is_a_time_limit():
    assert figs("A judge must review the arrest no later than 48 hours after the suspect is taken into custody.")[0][1:] \
        == ("legal_time_limit", True)


def test_criminal_cases_opened_against_officials_sanction_them():
    assert figs("Prosecutors opened criminal cases against three border officials for taking bribes.")[0][1] \
        == "officials_sanctioned"


def test_people_serving_sentences_are_prisoners():
    assert figs("The prison service held 31,200 people, of whom 28,500 were serving sentences.")[1][1] == "prisoners"


def test_arrest_offered_beside_a_fine_is_administrative_arrest():
    got = figs("Drivers who block the road can be fined or arrested for up to 1.5 months for endangering others.")
    assert got[0][1] == "administrative_arrest"


def test_amount_paid_after_a_sentence_about_wage_arrears_is_wages():
    from extract.pipeline import extract_text
    text = "Labor inspectors forced employers to settle wage arrears at 30 plants. Staff were paid 98 million tenge.\n"
    rows = {r["mention"]: r["category"] for r in extract_text(text, "t", 2021)}
    assert rows["98 million tenge"] == "wage"


def test_opening_within_before_a_past_event_is_how_long_it_took_not_a_deadline():
    rows = figs("Within three days, four of the six factions agreed on a new speaker.")
    assert rows[0] == ("Within three days", "duration_other", False)


def test_opening_within_before_an_obligation_stays_a_legal_time_limit():
    assert figs("Within five days, the prosecutor must answer the appeal.")[0] == (
        "Within five days", "legal_time_limit", True)


def test_days_in_jail_handed_by_a_court_are_administrative_arrest():
    rows = figs("The city court handed two protesters 10 days in jail each for the march.")
    assert ("10 days", "administrative_arrest", False) in rows


def test_arrested_for_days_is_administrative_arrest():
    rows = figs("A district court arrested the blogger and his cameraman for 12 days on Monday.")
    assert ("12 days", "administrative_arrest", False) in rows


def test_suspended_term_before_sentence_is_probation():
    assert ("four-year", "probation", False) in figs("The editor received a suspended four-year sentence.")


def test_coalition_partners_are_organizations():
    assert figs("The three coalition partners split the ministries between them.")[0][1] == "organizations"


def test_definite_count_after_a_preposition_refers_back_not_a_detention_tally():
    rows = figs("Organisers were detained at a picket in defence of the three bloggers.")
    assert ("three", "count_other", False) in rows


def test_people_acquitted_are_not_convictions():
    assert figs("Five of the defendants were acquitted by the jury.")[0][1] == "count_other"


def test_people_charged_participle_is_count_other():
    assert figs("Prosecutors said 31 people charged with rioting remained in custody.")[0][1] == "count_other"


def test_count_with_own_detention_verb_does_not_take_a_place_noun():
    found = figs("On 6 March, 3,100 people were detained in 40 cities, of whom 1,400 were detained in the capital.")
    assert found[2] == ("1,400", "detentions", False)


def test_names_between_a_count_and_its_penalty_verb_are_convictions():
    found = figs("Four more bloggers, Ivan Petrov, Anna Sidorova and Lina Kim were each fined 20,000 rubles.")
    assert found[0] == ("Four", "convictions", False)


def test_people_a_court_gave_probation_to_are_convictions():
    found = figs("The court gave four years of probation to three former bank employees.")
    assert found[1] == ("three", "convictions", False)


def test_rate_base_is_part_of_the_rate_mention_and_count_keeps_its_noun():
    found = figs("The country held 212 inmates per 100,000 residents, among the highest rates in the region.")
    assert found == [("212 inmates per 100,000 residents", "prisoners", False)]


def test_days_of_detention_given_as_a_penalty_are_administrative_arrest():
    assert figs("Activist Ivan Petrov got 13 days of detention.")[0][1] == "administrative_arrest"
    assert figs("She was punished with three days of arrest for shielding her son.")[0][1] == "administrative_arrest"


def test_people_charges_were_brought_against_are_count_other():
    found = figs("Authorities later brought criminal charges against 40 people and convicted 35 of the 40 defendants.")
    assert found[0] == ("40", "count_other", False)
    assert figs("The court heard the cases of 12 opposition activists charged with joining protests.")[0][1] == \
        "count_other"


def test_damages_near_an_amount_decide_over_a_salary_later_in_the_sentence():
    found = figs("Her parents were told to pay the city 90,000 dollars in damages, about twice the average annual salary.")
    assert found[0][1:] == ("money_other", False)


def test_a_fine_a_named_person_must_pay_is_an_order_not_a_law():
    assert figs("The retired nurse must pay a fine of 540 rubles.")[0] == ("540 rubles", "fine", False)


def test_the_most_a_charge_carries_is_statutory():
    found = figs("The two students had faced up to 12 years in prison for joining the marches.")
    assert found[1] == ("up to 12 years", "prison_term", True)


def test_short_jail_spell_is_administrative_arrest_and_hours_behind_bars_are_detention():
    assert figs("He was detained again after his wife spent 15 days in jail.")[0][1] == "administrative_arrest"
    assert figs("The historian was freed in the evening after 48 hours behind bars.")[0][1] == "detention"


def test_how_long_a_strike_lasted_is_not_a_penalty():
    found = figs("Several drivers who spoke to reporters during the five-month strike are among the nine jailed.")
    assert found[0] == ("five-month", "duration_other", False)


def test_body_parts_are_never_victims():
    assert figs("At his first hearing his two front teeth were missing after police questioning.")[0][1] == "count_other"


def test_part_of_the_convicted_who_will_serve_prison_time_are_convictions():
    found = figs("Prosecutors in May convicted 35 of the 40 defendants, 12 of whom will serve prison time.")
    assert found[-1] == ("12", "convictions", False)


def test_people_still_being_detained_are_prisoners():
    assert figs("Four opposition candidates are still being detained in the capital.")[0][1] == "prisoners"


def test_count_of_fine_units_without_currency_is_a_fine_and_not_statutory():
    assert figs("He was fined 12 basic units for the flag.")[0] == ("12", "fine", False)
    assert figs("The court fined him 20 minimum wages for the post.")[0] == ("20", "fine", False)
    assert figs("The judge fined the reporter Br 700 (25 base fees) for the stream.")[1] == ("25", "fine", False)


def test_protests_counted_are_events_not_people():
    assert figs("They were fined for taking part in four protests last spring.")[0][1] == "count_other"


def test_a_call_to_release_prisoners_is_not_a_rule():
    found = figs("The government must immediately release four journalists imprisoned for their reporting.")
    assert found[0] == ("four", "prisoners", False)


def test_people_who_got_a_few_days_are_convicted_and_the_days_are_administrative_arrest():
    found = figs("After the march, 30 people got 12 days and nine more activists were sentenced to five days' detention.")
    assert found[0] == ("30", "convictions", False)
    assert found[1][1] == "administrative_arrest"
    assert found[3][1] == "administrative_arrest"


def test_days_a_court_ruling_says_someone_will_spend_in_detention_are_administrative_arrest():
    found = figs("The poet will spend 12 days in detention according to the ruling by the city court.")
    assert found[0][1] == "administrative_arrest"


def test_days_offered_beside_a_maximum_fine_are_a_prescribed_administrative_arrest():
    found = figs("The student faced a fine of up to 2,000 rubles or 10 days behind bars.")
    assert found[1] == ("10 days", "administrative_arrest", True)


def test_maximum_sanction_in_days_of_arrest_is_statutory_administrative_arrest():
    found = figs('The maximum sanction under the article "Disobeying a lawful order of an officer" is ten days of arrest.')
    assert found[0] == ("ten days", "administrative_arrest", True)


def test_time_in_jail_without_charge_or_trial_is_detention():
    assert figs("The student has spent more than three years in jail without charge or trial.")[0][1] == "detention"


def test_people_held_now_on_political_charges_are_prisoners():
    assert figs("Nearly 900 people are detained on politically motivated charges, the agency said.")[0][1] == "prisoners"
    assert figs("Some 700 people are reported to be in detention on political grounds.")[0][1] == "prisoners"


def test_court_rulings_counted_are_convictions():
    assert figs("Courts issued more than 150 rulings against those detained at the march.")[0][1] == "convictions"


def test_extension_of_an_investigation_period_is_a_legal_time_limit():
    found = figs("The law permits an extension of the investigation period for up to two years.")
    assert found[0] == ("up to two years", "legal_time_limit", True)


def test_named_members_set_off_by_dashes_given_sentences_are_convictions():
    got = figs("Two more editors – Aliyev and Karimov – were given sentences of six and three years.")
    assert got[0][:2] == ("Two", "convictions")
    assert [g[1] for g in got[1:]] == ["prison_term", "prison_term"]


def test_people_on_whom_arrests_were_assigned_are_convictions():
    assert figs("Administrative fines were assigned to 12 picketers.")[0][:2] == ("12", "convictions")


def test_organizers_who_have_reported_a_number_are_its_source():
    from extract.attribution import attribution_of
    assert attribution_of("The organizers have reported that 4,500 people took part.") == "organizers"


def test_breakdown_of_the_killed_and_wounded_by_sex_keeps_the_casualty_category():
    assert [g[1] for g in figs("Of those killed, 40 were men, 12 women and 3 boys.")] == ["deaths"] * 3
    assert [g[1] for g in figs("The wounded included 90 men and 17 children.")] == ["injuries"] * 2


def test_count_before_a_dash_list_of_names_takes_the_verdict_after_it():
    rows = figs("Two more reporters—Maria, Olga, and Dina—were also convicted of slander.")
    assert rows[0][:2] == ("Two", "convictions")


def test_count_after_convictions_of_or_terms_given_to_is_convictions():
    assert figs("Lawyers appealed the convictions of all three bloggers.")[0][:2] == ("three", "convictions")
    assert figs("Rights groups condemned the jail terms given to 12 protesters.")[0][:2] == ("12", "convictions")


def test_days_of_administrative_detention_served_are_administrative_arrest():
    rows = figs("The blogger served 12 days of administrative detention after the march.")
    assert rows[0][:2] == ("12 days", "administrative_arrest")


def test_days_in_prison_without_an_administrative_offence_are_a_prison_term():
    assert figs("The judge handed the pastor eight days in prison for the sermon.")[0][:2] == ("eight days", "prison_term")
    assert figs("The judge handed the pastor eight days in prison for an unsanctioned rally.")[0][:2] == \
        ("eight days", "administrative_arrest")


def test_an_expected_time_and_a_count_of_authorized_bodies_are_not_statutory():
    assert figs("A decision is expected within three weeks.")[0][2] is False
    assert figs("The ministry authorizes five observers to attend the count.")[0][2] is False


def test_people_displaced_or_fled_are_population():
    rows = figs("The fighting left two million internally displaced, with over a million having fled abroad.")
    assert [r[1] for r in rows] == ["population", "population"]


def test_expected_to_last_gives_a_length_of_time():
    rows = figs("The hearing was expected to last three days.")
    assert rows == [("three days", "duration_other", False)]


def test_what_an_offence_carries_is_statutory():
    from extract.pipeline import extract_text
    rows = extract_text("The offense carries a fine of 20,000 rubles and the charge carries up to five years.\n",
                        "d", 2021)
    assert [(r["mention"], r["statutory"]) for r in rows] == [("20,000 rubles", True), ("up to five years", True)]
