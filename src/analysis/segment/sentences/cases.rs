//! Table of sentence-splitting cases for the tests of the parent module.

/// (paragraph text, expected sentences).
pub(super) const SENTENCES: &[(&str, &[&str])] = &[
    (
        "Putin spoke with Pezeshkian on Friday. The Kremlin called the talks constructive.",
        &[
            "Putin spoke with Pezeshkian on Friday.",
            "The Kremlin called the talks constructive.",
        ],
    ),
    (
        "U.S. President Donald Trump threatened military action. Tehran did not respond.",
        &[
            "U.S. President Donald Trump threatened military action.",
            "Tehran did not respond.",
        ],
    ),
    (
        "The sanctions were first imposed by the U.S. The European Union followed a week later.",
        &[
            "The sanctions were first imposed by the U.S.",
            "The European Union followed a week later.",
        ],
    ),
    (
        "Troops from the U.S. Army arrived in Kuwait on Monday, officials said.",
        &["Troops from the U.S. Army arrived in Kuwait on Monday, officials said."],
    ),
    (
        "The U.N. Security Council met in emergency session. Diplomats said no vote was expected.",
        &[
            "The U.N. Security Council met in emergency session.",
            "Diplomats said no vote was expected.",
        ],
    ),
    (
        "Inflation in the U.K. rose to 4.2% in March. Economists had expected 3.9%.",
        &[
            "Inflation in the U.K. rose to 4.2% in March.",
            "Economists had expected 3.9%.",
        ],
    ),
    (
        "Mr. Peskov told reporters that Mrs. Clinton and Ms. Haley had not been invited.",
        &["Mr. Peskov told reporters that Mrs. Clinton and Ms. Haley had not been invited."],
    ),
    (
        "Dr. Anthony Fauci warned of a winter surge. He urged Americans to get vaccinated.",
        &[
            "Dr. Anthony Fauci warned of a winter surge.",
            "He urged Americans to get vaccinated.",
        ],
    ),
    (
        "Lt. Gen. Mark Hertling and Col. Ann Wright testified on Tuesday. Both criticized the plan.",
        &[
            "Lt. Gen. Mark Hertling and Col. Ann Wright testified on Tuesday.",
            "Both criticized the plan.",
        ],
    ),
    (
        "Sen. Lindsey Graham, Rep. Nancy Pelosi and Gov. Ron DeSantis all weighed in. None offered details.",
        &[
            "Sen. Lindsey Graham, Rep. Nancy Pelosi and Gov. Ron DeSantis all weighed in.",
            "None offered details.",
        ],
    ),
    (
        "Prof. Maria Ivanova of the University of Massachusetts said the accord was fragile.",
        &["Prof. Maria Ivanova of the University of Massachusetts said the accord was fragile."],
    ),
    (
        "Crowds gathered in St. Petersburg on Sunday. Police detained dozens of protesters.",
        &[
            "Crowds gathered in St. Petersburg on Sunday.",
            "Police detained dozens of protesters.",
        ],
    ),
    (
        "The vote is scheduled for Jan. 15, 2025. Results are expected by Feb. 1 at the latest.",
        &[
            "The vote is scheduled for Jan. 15, 2025.",
            "Results are expected by Feb. 1 at the latest.",
        ],
    ),
    (
        "The attacks of Sept. 11, 2001, reshaped U.S. policy. Aug. 4 marks the anniversary of the blast.",
        &[
            "The attacks of Sept. 11, 2001, reshaped U.S. policy.",
            "Aug. 4 marks the anniversary of the blast.",
        ],
    ),
    (
        "Talks resumed in Oct. and stalled again in Nov. and Dec. The ceasefire held anyway.",
        &[
            "Talks resumed in Oct. and stalled again in Nov. and Dec.",
            "The ceasefire held anyway.",
        ],
    ),
    (
        "Apple Inc. reported record revenue. Microsoft Corp. and Toyota Motor Co. Ltd. did not comment.",
        &[
            "Apple Inc. reported record revenue.",
            "Microsoft Corp. and Toyota Motor Co. Ltd. did not comment.",
        ],
    ),
    (
        "The contract went to Northrop Grumman Corp. The losing bidder, Boeing Co., said it would appeal.",
        &[
            "The contract went to Northrop Grumman Corp.",
            "The losing bidder, Boeing Co., said it would appeal.",
        ],
    ),
    (
        "The team is ranked No. 1 in the country. It has won 12 straight games.",
        &[
            "The team is ranked No. 1 in the country.",
            "It has won 12 straight games.",
        ],
    ),
    (
        "The case, Trump vs. United States, was argued in April. A ruling came in July.",
        &[
            "The case, Trump vs. United States, was argued in April.",
            "A ruling came in July.",
        ],
    ),
    (
        "Officials discussed tariffs, quotas, subsidies, etc. The talks ended without agreement.",
        &[
            "Officials discussed tariffs, quotas, subsidies, etc.",
            "The talks ended without agreement.",
        ],
    ),
    (
        "Some allies, e.g. Hungary, opposed the measure. Others, i.e. the Baltic states, backed it.",
        &[
            "Some allies, e.g. Hungary, opposed the measure.",
            "Others, i.e. the Baltic states, backed it.",
        ],
    ),
    (
        "Voting began at 10:30 a.m. and ended at 4 p.m. The result was announced at 6 p.m. Eastern time.",
        &[
            "Voting began at 10:30 a.m. and ended at 4 p.m.",
            "The result was announced at 6 p.m. Eastern time.",
        ],
    ),
    (
        "The strike hit at 10:30 a.m. local time. At least five people were killed.",
        &[
            "The strike hit at 10:30 a.m. local time.",
            "At least five people were killed.",
        ],
    ),
    (
        "The estate of J. R. R. Tolkien approved the series. Filming began in New Zealand.",
        &[
            "The estate of J. R. R. Tolkien approved the series.",
            "Filming began in New Zealand.",
        ],
    ),
    (
        "Former President George W. Bush spoke at the ceremony. He praised the veterans.",
        &[
            "Former President George W. Bush spoke at the ceremony.",
            "He praised the veterans.",
        ],
    ),
    (
        "The company lost $3.2 billion in the quarter. Its shares fell 2.5% to $31.14 on Friday.",
        &[
            "The company lost $3.2 billion in the quarter.",
            "Its shares fell 2.5% to $31.14 on Friday.",
        ],
    ),
    (
        "Growth slowed to 3.14 percent, the lowest since 2009. The central bank held rates.",
        &[
            "Growth slowed to 3.14 percent, the lowest since 2009.",
            "The central bank held rates.",
        ],
    ),
    (
        "“We will wait… and we will see what happens,” Peskov said.",
        &["“We will wait… and we will see what happens,” Peskov said."],
    ),
    (
        "The minister paused... Then he left the room without answering.",
        &[
            "The minister paused...",
            "Then he left the room without answering.",
        ],
    ),
    (
        "Talks dragged on for hours… The delegations left without a statement.",
        &[
            "Talks dragged on for hours…",
            "The delegations left without a statement.",
        ],
    ),
    (
        "The envoy said the talks were going... well, better than expected.",
        &["The envoy said the talks were going... well, better than expected."],
    ),
    (
        "Peskov called it a boost to “regional stability and peace.” This move aligns with Russia’s policy.",
        &[
            "Peskov called it a boost to “regional stability and peace.”",
            "This move aligns with Russia’s policy.",
        ],
    ),
    (
        "The minister said the talks were \"productive.\" Analysts were skeptical.",
        &[
            "The minister said the talks were \"productive.\"",
            "Analysts were skeptical.",
        ],
    ),
    (
        "“Who will pay for this?” The question hung over the summit.",
        &[
            "“Who will pay for this?”",
            "The question hung over the summit.",
        ],
    ),
    (
        "“She told me, ‘Get out!’” Protesters then marched on the embassy.",
        &[
            "“She told me, ‘Get out!’”",
            "Protesters then marched on the embassy.",
        ],
    ),
    (
        "“Why now?” he asked. “Why not last year?”",
        &["“Why now?” he asked.", "“Why not last year?”"],
    ),
    (
        "“Is this the end?” Peskov asked. Nobody answered.",
        &["“Is this the end?” Peskov asked.", "Nobody answered."],
    ),
    (
        "Will the ceasefire hold? Few believe it will! Diplomats remain pessimistic.",
        &[
            "Will the ceasefire hold?",
            "Few believe it will!",
            "Diplomats remain pessimistic.",
        ],
    ),
    (
        "Officials released new figures. (The numbers could not be independently verified.) The ministry declined to comment.",
        &[
            "Officials released new figures.",
            "(The numbers could not be independently verified.)",
            "The ministry declined to comment.",
        ],
    ),
    (
        "The toll rose to 2,677 (according to HRANA.) The government disputes the figure.",
        &[
            "The toll rose to 2,677 (according to HRANA.)",
            "The government disputes the figure.",
        ],
    ),
    (
        "The threat—later withdrawn—rattled markets. Oil rose 4% — the biggest jump in a year.",
        &[
            "The threat—later withdrawn—rattled markets.",
            "Oil rose 4% — the biggest jump in a year.",
        ],
    ),
    (
        "Putin Holds Talks With Iranian and Israeli Leaders",
        &["Putin Holds Talks With Iranian and Israeli Leaders"],
    ),
    (
        "1. Iran must halt enrichment. 2. Sanctions will be lifted in stages.",
        &[
            "1. Iran must halt enrichment.",
            "2. Sanctions will be lifted in stages.",
        ],
    ),
    (
        "Details were posted on kremlin.ru and example.com. The site later went offline.",
        &[
            "Details were posted on kremlin.ru and example.com.",
            "The site later went offline.",
        ],
    ),
    (
        "Readers can visit https://www.example.com/news/2024/iran.html for updates. Comments are closed.",
        &[
            "Readers can visit https://www.example.com/news/2024/iran.html for updates.",
            "Comments are closed.",
        ],
    ),
    (
        "Send tips to tips@example.com. Reporters will follow up.",
        &[
            "Send tips to tips@example.com.",
            "Reporters will follow up.",
        ],
    ),
    (
        "The talks ended.   No statement was\nissued. Aides left",
        &[
            "The talks ended.",
            "No statement was\nissued.",
            "Aides left",
        ],
    ),
    (
        "The meeting ended at 5 p.m.",
        &["The meeting ended at 5 p.m."],
    ),
    (
        "The award went to Gen. Lloyd Austin. Dr. Jill Biden presented it.",
        &[
            "The award went to Gen. Lloyd Austin.",
            "Dr. Jill Biden presented it.",
        ],
    ),
    (
        "A U.S.-based rights group says 2,677 people have died. The figure could not be verified.",
        &[
            "A U.S.-based rights group says 2,677 people have died.",
            "The figure could not be verified.",
        ],
    ),
    (
        "普京与伊朗总统通话。双方讨论了地区局势。",
        &["普京与伊朗总统通话。", "双方讨论了地区局势。"],
    ),
    (
        "Émile Zola’s heirs sued. Élysée officials declined to comment. Путин промолчал.",
        &[
            "Émile Zola’s heirs sued.",
            "Élysée officials declined to comment.",
            "Путин промолчал.",
        ],
    ),
    (
        "She earned a Ph.D. in physics. She later joined NASA.",
        &["She earned a Ph.D. in physics.", "She later joined NASA."],
    ),
    (
        "Apple sold 1.7 million units. iPhone sales rose 20%.",
        &["Apple sold 1.7 million units.", "iPhone sales rose 20%."],
    ),
    (
        "Northrop won the contract in 2008. 60% of the parts will be made in the U.S.",
        &[
            "Northrop won the contract in 2008.",
            "60% of the parts will be made in the U.S.",
        ],
    ),
    (
        "Martin Luther King Jr. spoke here in 1963. He drew 250,000 people.",
        &[
            "Martin Luther King Jr. spoke here in 1963.",
            "He drew 250,000 people.",
        ],
    ),
    (
        "The court overturned Roe v. Wade in 2022. Protests followed.",
        &[
            "The court overturned Roe v. Wade in 2022.",
            "Protests followed.",
        ],
    ),
    (
        "Russia’s UN envoy dismissed the protests as “tried and tested methods of ‘color revolutions’”—a term the Kremlin uses often.",
        &[
            "Russia’s UN envoy dismissed the protests as “tried and tested methods of ‘color revolutions’”—a term the Kremlin uses often.",
        ],
    ),
];
