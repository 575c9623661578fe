@testable import ResumeRedaction
import Testing

/// What an outside review of the fifteenth and sixteenth batches' rules found (159 regressions
/// among 372 inputs against `0a48afb`, each compared with the redactor of `a285063`): ordinary
/// text the new rules destroyed, or personal data they let through. Each case is the input, the
/// region its phones are read with, whether it is a job description, and the output expected:
/// what the redactor of `a285063` gave, except in four cases where that missed people the review
/// did not mean to keep (team members named by a given name alone after a "Team:" label) or
/// took a professor's rank into the name ("Professor Catedrático [NAME]").
@Suite struct SixteenthBatchReviewFindingsTests {
    typealias Finding = ReviewFinding

    static let findings: [Finding] = [
        Finding(id: "ini-cv1", region: "US", job: false, input: #"""
Claire Vaughan
Marketing Assistant
Please find my CV attached. CV and portfolio available on request.
"""#, expected: #"""
[NAME]
Marketing Assistant
Please find my CV attached. CV and portfolio available on request.
"""#),
        Finding(id: "ini-ba1", region: "US", job: false, input: #"""
Bethany Adams
Psychology Graduate
Education
BA in Psychology, University of Leeds, 2021
Dissertation supervised by Dr Helen Marsh.
"""#, expected: #"""
[NAME]
Psychology Graduate
Education
BA in Psychology, University of Leeds, 2021
Dissertation supervised by Dr [NAME].
"""#),
        Finding(id: "ini-ma1", region: "US", job: false, input: #"""
Maria Alvarez
Historian
MA in Modern History (Distinction), 2019
Awarded MA with distinction.
"""#, expected: #"""
[NAME]
Historian
MA in Modern History (Distinction), 2019
Awarded MA with distinction.
"""#),
        Finding(id: "ini-pe1", region: "US", job: false, input: #"""
Peter Evans
Secondary Teacher
Taught PE to Years 7-11 and led PE lessons for GCSE groups.
"""#, expected: #"""
[NAME]
Secondary Teacher
Taught PE to Years 7-11 and led PE lessons for GCSE groups.
"""#),
        Finding(id: "ini-re1", region: "US", job: false, input: #"""
Rebecca Evans
Teacher of Religious Education
Head of RE at St Anne's. RE curriculum redesigned for KS3.
"""#, expected: #"""
[NAME]
Teacher of Religious Education
Head of RE at St Anne's. RE curriculum redesigned for KS3.
"""#),
        Finding(id: "ini-rn1", region: "US", job: false, input: #"""
Rachel Nolan
Staff Nurse
RN with 6 years on acute medical wards. RN and mentor for student nurses.
"""#, expected: #"""
[NAME]
Staff Nurse
RN with 6 years on acute medical wards. RN and mentor for student nurses.
"""#),
        Finding(id: "ini-dbs1", region: "US", job: false, input: #"""
Daniel Brian Scott
Support Worker
Enhanced DBS check completed 2024. DBS on the update service.
"""#, expected: #"""
[NAME]
Support Worker
Enhanced DBS check completed 2024. DBS on the update service.
"""#),
        Finding(id: "ini-ca1", region: "US", job: false, input: #"""
Chetan Agarwal
Chartered Accountant
Cleared CA final in May 2022; CA with 3 years of audit experience.
"""#, expected: #"""
[NAME]
Chartered Accountant
Cleared CA final in May 2022; CA with 3 years of audit experience.
"""#),
        Finding(id: "ini-gst1", region: "US", job: false, input: #"""
Gautam Singh Thakur
Accounts Executive
Handled GST filing and TDS returns for 40 clients. GST and TDS reconciliation monthly.
"""#, expected: #"""
[NAME]
Accounts Executive
Handled GST filing and TDS returns for 40 clients. GST and TDS reconciliation monthly.
"""#),
        Finding(id: "ini-gm1", region: "US", job: false, input: #"""
Gita Mehta
Operations Executive
Reporting to GM Operations. Prepared MIS reports for GM and plant head.
"""#, expected: #"""
[NAME]
Operations Executive
Reporting to GM Operations. Prepared MIS reports for GM and plant head.
"""#),
        Finding(id: "ini-ra1", region: "US", job: false, input: #"""
Ravi Agarwal
Research Scholar
Worked as RA in the robotics lab (2019-2021). RA under Prof. S. Iyer.
"""#, expected: #"""
[NAME]
Research Scholar
Worked as RA in the robotics lab (2019-2021). RA under Prof. [NAME].
"""#),
        Finding(id: "ini-ta1", region: "US", job: false, input: #"""
Tom Allen
PhD Candidate
TA for Linear Algebra and Statistics; TA and marker, 2020-2023.
"""#, expected: #"""
[NAME]
PhD Candidate
TA for Linear Algebra and Statistics; TA and marker, 2020-2023.
"""#),
        Finding(id: "ini-sm1", region: "US", job: false, input: #"""
Sunil Mehta
Agile Coach
Acted as SM for two squads; SM and coach for 14 engineers.
"""#, expected: #"""
[NAME]
Agile Coach
Acted as SM for two squads; SM and coach for 14 engineers.
"""#),
        Finding(id: "ini-kt1", region: "US", job: false, input: #"""
Kiran Thomas
SAP Consultant
Conducted KT sessions for the offshore team and KT to new joiners.
"""#, expected: #"""
[NAME]
SAP Consultant
Conducted KT sessions for the offshore team and KT to new joiners.
"""#),
        Finding(id: "ini-dl1", region: "US", job: false, input: #"""
Deepak Lal
Data Scientist
Built DL models for defect detection; DL and CV pipelines in PyTorch.
"""#, expected: #"""
[NAME]
Data Scientist
Built DL models for defect detection; DL and CV pipelines in PyTorch.
"""#),
        Finding(id: "ini-be1", region: "US", job: false, input: #"""
Bala Elango
Mechanical Engineer
BE in Mechanical Engineering, Anna University, 2018.
"""#, expected: #"""
[NAME]
Mechanical Engineer
BE in Mechanical Engineering, Anna University, 2018.
"""#),
        Finding(id: "ini-me1", region: "US", job: false, input: #"""
Mohan Easwaran
VLSI Engineer
ME in VLSI Design from PSG Tech; BE in ECE.
"""#, expected: #"""
[NAME]
VLSI Engineer
ME in VLSI Design from PSG Tech; BE in ECE.
"""#),
        Finding(id: "ini-cs1", region: "US", job: false, input: #"""
Chitra Sharma
Company Secretary
Cleared CS executive in 2019; CS and compliance for 3 listed firms.
"""#, expected: #"""
[NAME]
Company Secretary
Cleared CS executive in 2019; CS and compliance for 3 listed firms.
"""#),
        Finding(id: "ini-pa1", region: "US", job: false, input: #"""
Paula Anderson
Executive Assistant
PA to the Managing Director for five years; PA and office manager.
"""#, expected: #"""
[NAME]
Executive Assistant
PA to the Managing Director for five years; PA and office manager.
"""#),
        Finding(id: "ini-po1", region: "US", job: false, input: #"""
Pooja Oberoi
Product Owner
PO for the payments app; worked with PO and stakeholders on the roadmap.
"""#, expected: #"""
[NAME]
Product Owner
PO for the payments app; worked with PO and stakeholders on the roadmap.
"""#),
        Finding(id: "ini-tl1", region: "US", job: false, input: #"""
Tarun Lal
Software Engineer
Promoted to TL in 2022, leading 6 developers; TL and reviewer.
"""#, expected: #"""
[NAME]
Software Engineer
Promoted to TL in 2022, leading 6 developers; TL and reviewer.
"""#),
        Finding(id: "ini-sen1", region: "US", job: false, input: #"""
Sophie Elizabeth Naylor
Teaching Assistant
Supported SEN pupils one-to-one; SEN and EAL support across KS2.
"""#, expected: #"""
[NAME]
Teaching Assistant
Supported SEN pupils one-to-one; SEN and EAL support across KS2.
"""#),
        Finding(id: "ini-bd1", region: "US", job: false, input: #"""
Bhavna Desai
Business Development Manager
Built the BD team from scratch; BD and key accounts for North India.
"""#, expected: #"""
[NAME]
Business Development Manager
Built the BD team from scratch; BD and key accounts for North India.
"""#),
        Finding(id: "ini-ref-mba", region: "US", job: false, input: #"""
Mark Brian Adams
Finance Analyst
MBA in Finance (2020). Completed MBA with a focus on valuation.
"""#, expected: #"""
[NAME]
Finance Analyst
MBA in Finance (2020). Completed MBA with a focus on valuation.
"""#),
        Finding(id: "ini-ct1", region: "US", job: false, input: #"""
Carlos Torres
Radiographer
Performed CT and MRI scans; CT reporting with consultants.
"""#, expected: #"""
[NAME]
Radiographer
Performed CT and MRI scans; CT reporting with consultants.
"""#),
        Finding(id: "ini-ot1", region: "US", job: false, input: #"""
Olivia Turner
Occupational Therapist
OT in community rehab; OT assessments for discharge planning.
"""#, expected: #"""
[NAME]
Occupational Therapist
OT in community rehab; OT assessments for discharge planning.
"""#),
        Finding(id: "ini-dt1", region: "US", job: false, input: #"""
David Thomas
Design Technology Teacher
Led DT department; DT and engineering clubs.
"""#, expected: #"""
[NAME]
Design Technology Teacher
Led DT department; DT and engineering clubs.
"""#),
        Finding(id: "ini-fr-cv", region: "US", job: false, input: #"""
Camille Valentin
Assistante commerciale
Mon CV et ma lettre sont joints. CV disponible sur demande.
"""#, expected: #"""
[NAME]
Assistante commerciale
Mon CV et ma lettre sont joints. CV disponible sur demande.
"""#),
        Finding(id: "ini-de-ba", region: "US", job: false, input: #"""
Benedikt Arnold
Ingenieur
BA von 2015 bis 2018, danach MA in München.
"""#, expected: #"""
[NAME]
Ingenieur
BA von 2015 bis 2018, danach MA in München.
"""#),
        Finding(id: "ini-job-cv", region: "GB", job: true, input: #"""
For an informal discussion please contact Claire Vaughan, Practice Manager. To apply, send your CV and a covering letter by 30 June.
"""#, expected: #"""
For an informal discussion please contact [NAME], Practice Manager. To apply, send your CV and a covering letter by 30 June.
"""#),
        Finding(id: "ini-job-pa", region: "GB", job: true, input: #"""
Reporting to Paul Anderson, you will act as PA to the Chief Executive and PA for the Board.
"""#, expected: #"""
Reporting to [NAME], you will act as PA to the Chief Executive and PA for the Board.
"""#),
        Finding(id: "ini-job-ed", region: "GB", job: true, input: #"""
Clinical lead: Dr Emma Davies. You will rotate through ED and ICU and support ED nurses.
"""#, expected: #"""
Clinical lead: Dr [NAME]. You will rotate through ED and ICU and support ED nurses.
"""#),
        Finding(id: "ini-job-ey", region: "GB", job: true, input: #"""
Contact Emily Young at the Careers Office. Graduates join EY or KPMG; we partner with EY and Deloitte.
"""#, expected: #"""
Contact [NAME] at the Careers Office. Graduates join EY or KPMG; we partner with EY and Deloitte.
"""#),
        Finding(id: "ini-job-bt", region: "GB", job: true, input: #"""
Contact: Ben Taylor. You will work with BT and Virgin Media engineers.
"""#, expected: #"""
Contact: [NAME]. You will work with BT and Virgin Media engineers.
"""#),
        Finding(id: "ini-tcs", region: "IN", job: false, input: #"""
Tanvi Chandra Shah
Software Engineer
Worked with TCS and Infosys on banking projects.
"""#, expected: #"""
[NAME]
Software Engineer
Worked with TCS and Infosys on banking projects.
"""#),
        Finding(id: "ini-hcl", region: "IN", job: false, input: #"""
Harish Chandra Lal
Network Engineer
Three years with HCL as a network engineer.
"""#, expected: #"""
[NAME]
Network Engineer
Three years with HCL as a network engineer.
"""#),
        Finding(id: "ini-sbi", region: "IN", job: false, input: #"""
Sunita Bhaskar Iyer
Bank Officer
Probationary Officer with SBI since 2019; SBI and RBI exams cleared.
"""#, expected: #"""
[NAME]
Bank Officer
Probationary Officer with SBI since 2019; SBI and RBI exams cleared.
"""#),
        Finding(id: "ini-etl", region: "GB", job: false, input: #"""
Emma T. Lewis
Data Engineer
Built ETL pipelines in Airflow; ETL and data quality checks.
"""#, expected: #"""
[NAME]
Data Engineer
Built ETL pipelines in Airflow; ETL and data quality checks.
"""#),
        Finding(id: "ini-jcb", region: "GB", job: false, input: #"""
James Christopher Brown
Plant Operator
Licensed JCB and forklift operator; JCB driving for 10 years.
"""#, expected: #"""
[NAME]
Plant Operator
Licensed JCB and forklift operator; JCB driving for 10 years.
"""#),
        Finding(id: "ini-iv", region: "GB", job: false, input: #"""
Isla Vaughan
Staff Nurse
Competent in IV cannulation; IV and venepuncture trained.
"""#, expected: #"""
[NAME]
Staff Nurse
Competent in IV cannulation; IV and venepuncture trained.
"""#),
        Finding(id: "ini-pt", region: "IN", job: false, input: #"""
Priya Thomas
Physiotherapist
Delivered PT sessions for post-op patients; PT and rehab plans.
"""#, expected: #"""
[NAME]
Physiotherapist
Delivered PT sessions for post-op patients; PT and rehab plans.
"""#),
        Finding(id: "ini-cpd", region: "GB", job: false, input: #"""
Chris Peter Davies
Accountant
Completed CPD courses in IFRS; CPD and training log kept.
"""#, expected: #"""
[NAME]
Accountant
Completed CPD courses in IFRS; CPD and training log kept.
"""#),
        Finding(id: "ini-sla", region: "GB", job: false, input: #"""
Sarah Louise Adams
Service Desk Lead
Met SLA targets for 24 months; SLA and KPI reporting.
"""#, expected: #"""
[NAME]
Service Desk Lead
Met SLA targets for 24 months; SLA and KPI reporting.
"""#),
        Finding(id: "ini-de-ma", region: "DE", job: false, input: #"""
Max Arnold
Ingenieur
MA und Promotion an der TU München.
"""#, expected: #"""
[NAME]
Ingenieur
MA und Promotion an der TU München.
"""#),
        Finding(id: "ini-nl-cv", region: "NL", job: false, input: #"""
Charlotte Verbeek
Adviseur
Mijn CV en motivatiebrief vindt u in de bijlage. CV en referenties op verzoek.
"""#, expected: #"""
[NAME]
Adviseur
Mijn CV en motivatiebrief vindt u in de bijlage. CV en referenties op verzoek.
"""#),
        Finding(id: "ini-es-cv", region: "ES", job: false, input: #"""
Carmen Vidal
Administrativa
Adjunto mi CV y carta de presentación. CV actualizado a 2025.
"""#, expected: #"""
[NAME]
Administrativa
Adjunto mi CV y carta de presentación. CV actualizado a 2025.
"""#),
        Finding(id: "ini-pt-cv", region: "PT", job: false, input: #"""
Carla Vieira
Enfermeira
Envio em anexo o meu CV e carta de motivação. CV atualizado.
"""#, expected: #"""
[NAME]
Enfermeira
Envio em anexo o meu CV e carta de motivação. CV atualizado.
"""#),
        Finding(id: "ini-it-cv", region: "IT", job: false, input: #"""
Chiara Villa
Impiegata
In allegato il mio CV e la lettera di presentazione. CV aggiornato.
"""#, expected: #"""
[NAME]
Impiegata
In allegato il mio CV e la lettera di presentazione. CV aggiornato.
"""#),
        Finding(id: "pos-douglas-nl", region: "NL", job: true, input: #"""
Tijdens mijn bijbaan bij Douglas heb ik klanten geadviseerd over parfum.
"""#, expected: #"""
Tijdens mijn bijbaan bij Douglas heb ik klanten geadviseerd over parfum.
"""#),
        Finding(id: "pos-douglas-nl-r", region: "NL", job: false, input: #"""
Sanne de Boer
Verkoopmedewerker
Tijdens mijn bijbaan bij Douglas heb ik klanten geadviseerd over parfum.
"""#, expected: #"""
[NAME]
Verkoopmedewerker
Tijdens mijn bijbaan bij Douglas heb ik klanten geadviseerd over parfum.
"""#),
        Finding(id: "pos-george", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
During my weekend job at George in Asda I handled returns.
"""#, expected: #"""
[NAME]
Project Manager
During my weekend job at George in Asda I handled returns.
"""#),
        Finding(id: "pos-krishna2", region: "IN", job: false, input: #"""
Ravi Teja
Civil Engineer
I was born in my native district Krishna and studied in Vijayawada.
"""#, expected: #"""
[NAME]
Civil Engineer
I was born in my native district Krishna and studied in Vijayawada.
"""#),
        Finding(id: "pos-douglas-iom", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
Relocated to our head office in Douglas in 2019.
"""#, expected: #"""
[NAME]
Project Manager
Relocated to our head office in Douglas in 2019.
"""#),
        Finding(id: "pos-shannon", region: "IE", job: false, input: #"""
Jane Roe
Project Manager
Managed our cargo hub at Shannon and Dublin airports.
"""#, expected: #"""
[NAME]
Project Manager
Managed our cargo hub at Shannon and Dublin airports.
"""#),
        Finding(id: "pos-lucas", region: "IN", job: false, input: #"""
Arun Kumar
Quality Engineer
During my internship at Lucas, I learnt PPAP and FMEA.
"""#, expected: #"""
[NAME]
Quality Engineer
During my internship at Lucas, I learnt PPAP and FMEA.
"""#),
        Finding(id: "pos-mary-ship", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
I served aboard our training vessel Mary for two seasons.
"""#, expected: #"""
[NAME]
Project Manager
I served aboard our training vessel Mary for two seasons.
"""#),
        Finding(id: "pos-albert-2", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
Managed our restaurant on Albert and the bar on Lewis in Manchester.
"""#, expected: #"""
[NAME]
Project Manager
Managed our restaurant on Albert and the bar on Lewis in Manchester.
"""#),
        Finding(id: "pos-simon-says", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
Our team game, Simon says, broke the ice.
"""#, expected: #"""
[NAME]
Project Manager
Our team game, Simon says, broke the ice.
"""#),
        Finding(id: "pos-vincent", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
My dissertation on Vincent was graded first class.
"""#, expected: #"""
[NAME]
Project Manager
My dissertation on Vincent was graded first class.
"""#),
        Finding(id: "pos-dog", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
In my free time I walk our dog, Albert, and volunteer at the shelter.
"""#, expected: #"""
[NAME]
Project Manager
In my free time I walk our dog, Albert, and volunteer at the shelter.
"""#),
        Finding(id: "pos-our-client", region: "DE", job: false, input: #"""
Jane Roe
Project Manager
Our biggest client, Douglas, renewed for three years.
"""#, expected: #"""
[NAME]
Project Manager
Our biggest client, Douglas, renewed for three years.
"""#),
        Finding(id: "pos-hometown-es", region: "ES", job: false, input: #"""
Lucía Gómez
Administrativa
Volví a mi pueblo natal, Nuria, en 2019.
"""#, expected: #"""
[NAME]
Administrativa
Volví a mi pueblo natal, Nuria, en 2019.
"""#),
        Finding(id: "pos-ship", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
Third officer on our cruise ship Aurora and our ferry Patrick.
"""#, expected: #"""
[NAME]
Project Manager
Third officer on our cruise ship Aurora and our ferry Patrick.
"""#),
        Finding(id: "pos-cat", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
Fun fact: our office cat, George, has his own Instagram.
"""#, expected: #"""
[NAME]
Project Manager
Fun fact: our office cat, George, has his own Instagram.
"""#),
        Finding(id: "pos-lab", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
Our robot, Albert, won the regional FIRST Lego League.
"""#, expected: #"""
[NAME]
Project Manager
Our robot, Albert, won the regional FIRST Lego League.
"""#),
        Finding(id: "pos-krishna3", region: "IN", job: false, input: #"""
Ravi Teja
Engineer
My native place is near the river Krishna in Andhra Pradesh; our village near Krishna floods often.
"""#, expected: #"""
[NAME]
Engineer
My native place is near the river Krishna in Andhra Pradesh; our village near Krishna floods often.
"""#),
        Finding(id: "pl-team-stores", region: "GB", job: true, input: #"""
Team: J. Walker, St. Albans, St. Helens, Milton Keynes
"""#, expected: #"""
Team: J. Walker, St. Albans, St. Helens, Milton Keynes
"""#),
        Finding(id: "pl-members-firms", region: "GB", job: true, input: #"""
Members: J.P. Morgan, A.T. Kearney, Ernst Young, Grant Thornton
"""#, expected: #"""
Members: J.P. Morgan, A.T. Kearney, Ernst Young, Grant Thornton
"""#),
        Finding(id: "pl-equipo", region: "ES", job: true, input: #"""
Equipo: D. Martínez, Sra. López, Atención al Cliente, Control de Calidad
"""#, expected: #"""
Equipo: D. [NAME], Sra. [NAME], Atención al Cliente, Control de Calidad
"""#),
        Finding(id: "pl-presents", region: "FR", job: true, input: #"""
Présents : M. Dupont, Mme Martin, Comité Social Économique, Service Paie
"""#, expected: #"""
Présents : M. [NAME], Mme [NAME], Comité Social Économique, Service Paie
"""#),
        Finding(id: "pl-projteam-modules", region: "IN", job: true, input: #"""
Project team: Mohan, Lakshmi, Payment Gateway, Order Management
"""#, expected: #"""
Project team: [NAME], [NAME], Payment Gateway, Order Management
"""#),
        Finding(id: "pl-attendees-orgs", region: "GB", job: true, input: #"""
Attendees: Mr T. Brown (Arup), Ms L. Green (Atkins), Mott MacDonald, Jacobs Engineering
"""#, expected: #"""
Attendees: Mr [NAME] (Arup), Ms [NAME] (Atkins), Mott MacDonald, Jacobs Engineering
"""#),
        Finding(id: "pl-present-places", region: "GB", job: true, input: #"""
Present: Mr A. Khan, Mrs B. Ali, Bradford West, Keighley Central (ward representatives)
"""#, expected: #"""
Present: Mr [NAME], Mrs [NAME], Bradford West, Keighley Central (ward representatives)
"""#),
        Finding(id: "pl-gov", region: "GB", job: true, input: #"""
Present: Mrs A. Khan (Headteacher), Mr B. Lowe (Chair), Parent Governor, Staff Governor
"""#, expected: #"""
Present: Mrs [NAME] (Headteacher), Mr [NAME] (Chair), Parent Governor, Staff Governor
"""#),
        Finding(id: "pl-members-dr", region: "IN", job: true, input: #"""
Members: Dr. Lal PathLabs, Dr. Batra's, Metropolis Healthcare
"""#, expected: #"""
Members: Dr. [NAME], Dr. Batra's, Metropolis Healthcare
"""#),
        Finding(id: "pl-team-regions", region: "IN", job: true, input: #"""
Team: Mohan (Lead), Lakshmi, Andhra Pradesh, Tamil Nadu
"""#, expected: #"""
Team: [NAME] (Lead), [NAME], Andhra Pradesh, Tamil Nadu
"""#),
        Finding(id: "pl-team-sw", region: "IN", job: true, input: #"""
Team: Dr. K. Rao, Mr. S. Iyer, Apache Kafka, Spring Boot, Google Cloud
"""#, expected: #"""
Team: Dr. [NAME], Mr. [NAME], Apache Kafka, Spring Boot, Google Cloud
"""#),
        Finding(id: "pl-integrantes", region: "MX", job: true, input: #"""
Integrantes: Lic. Ana Ruiz, Ing. Pedro Gómez, Mesa Directiva, Consejo Consultivo
"""#, expected: #"""
Integrantes: Lic. [NAME], Ing. [NAME], Mesa Directiva, Consejo Consultivo
"""#),
        Finding(id: "pl-res-project", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
Project: Smart Grid Pilot
Team: Simon, Laura, Western Power, Scottish Power
"""#, expected: #"""
[NAME]
Project Manager
Project: Smart Grid Pilot
Team: [NAME], [NAME], Western Power, Scottish Power
"""#),
        Finding(id: "pl-committee-st", region: "IN", job: true, input: #"""
Committee: Dr P. Nair, Mr K. Rao, St. Xavier's, St. Joseph's
"""#, expected: #"""
Committee: Dr [NAME], Mr [NAME], St. Xavier's, St. Joseph's
"""#),
        Finding(id: "pair-wm", region: "US", job: false, input: #"""
Jane Roe
Project Manager
Education
B.A. in Government, College of William & Mary, 2015
"""#, expected: #"""
[NAME]
Project Manager
Education
B.A. in Government, College of William & Mary, 2015
"""#),
        Finding(id: "pair-wm2", region: "US", job: false, input: #"""
Jane Roe
Project Manager
Graduated from William and Mary with honours.
"""#, expected: #"""
[NAME]
Project Manager
Graduated from William and Mary with honours.
"""#),
        Finding(id: "pair-streets", region: "AU", job: false, input: #"""
Jane Roe
Project Manager
Our office is on the corner of George and Albert streets in the CBD.
"""#, expected: #"""
[NAME]
Project Manager
Our office is on the corner of George and Albert streets in the CBD.
"""#),
        Finding(id: "pair-ck", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
Retail Assistant at Charles & Keith, Westfield Stratford.
"""#, expected: #"""
[NAME]
Project Manager
Retail Assistant at Charles & Keith, Westfield Stratford.
"""#),
        Finding(id: "pair-mary-joseph", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
Choir member at the parish of Mary and Joseph in Poplar.
"""#, expected: #"""
[NAME]
Project Manager
Choir member at the parish of Mary and Joseph in Poplar.
"""#),
        Finding(id: "pair-peter-paul", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
Organised fundraisers for Peter and Paul, a local hospice charity.
"""#, expected: #"""
[NAME]
Project Manager
Organised fundraisers for Peter and Paul, a local hospice charity.
"""#),
        Finding(id: "pair-pedro-ines", region: "PT", job: false, input: #"""
Ana Souza
Professora
Tese sobre Pedro e Inês na literatura portuguesa.
"""#, expected: #"""
[NAME]
Professora
Tese sobre Pedro e Inês na literatura portuguesa.
"""#),
        Finding(id: "pair-ab", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
Barista at Albert and Francis, a coffee roaster in Shoreditch.
"""#, expected: #"""
[NAME]
Project Manager
Barista at Albert and Francis, a coffee roaster in Shoreditch.
"""#),
        Finding(id: "pair-bar", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
Bar manager at George and Dragon and the Mary and Dominic gastropub.
"""#, expected: #"""
[NAME]
Project Manager
Bar manager at George and Dragon and the Mary and Dominic gastropub.
"""#),
        Finding(id: "pair-streets2", region: "NZ", job: false, input: #"""
Jane Roe
Project Manager
Store located between Peter and Mark streets.
"""#, expected: #"""
[NAME]
Project Manager
Store located between Peter and Mark streets.
"""#),
        Finding(id: "lbl-son-es1", region: "ES", job: true, input: #"""
Los requisitos son: Titulación en Enfermería, Carnet de conducir B y Disponibilidad inmediata.
"""#, expected: #"""
Los requisitos son: Titulación en Enfermería, Carnet de conducir B y Disponibilidad inmediata.
"""#),
        Finding(id: "lbl-son-es2", region: "ES", job: true, input: #"""
Las funciones principales son: Atención al cliente, Gestión de pedidos y Control de stock.
"""#, expected: #"""
Las funciones principales son: Atención al cliente, Gestión de pedidos y Control de stock.
"""#),
        Finding(id: "lbl-son-es3", region: "ES", job: true, input: #"""
Nuestros valores son: Compromiso, Innovación y Respeto.
"""#, expected: #"""
Nuestros valores son: Compromiso, Innovación y Respeto.
"""#),
        Finding(id: "lbl-son-es4", region: "ES", job: true, input: #"""
Los beneficios son: Seguro médico, Ticket restaurante y Horario flexible.
"""#, expected: #"""
Los beneficios son: Seguro médico, Ticket restaurante y Horario flexible.
"""#),
        Finding(id: "lbl-son-es5", region: "ES", job: false, input: #"""
Lucía Gómez
Administrativa
Mis puntos fuertes son: Organización, Trabajo en equipo.
"""#, expected: #"""
[NAME]
Administrativa
Mis puntos fuertes son: Organización, Trabajo en equipo.
"""#),
        Finding(id: "lbl-son-es6", region: "ES", job: true, input: #"""
Las condiciones son: Contrato indefinido, Jornada completa.
"""#, expected: #"""
Las condiciones son: Contrato indefinido, Jornada completa.
"""#),
        Finding(id: "lbl-sister-es", region: "ES", job: false, input: #"""
Lucía Gómez
Administrativa
Mis idiomas son: Inglés (C1), Francés (B2).
"""#, expected: #"""
[NAME]
Administrativa
Mis idiomas son: Inglés (C1), Francés (B2).
"""#),
        Finding(id: "lbl-son-es-res", region: "ES", job: false, input: #"""
Lucía Gómez
Administrativa
Mis hobbies son: Lectura, Natación y Fotografía.
"""#, expected: #"""
[NAME]
Administrativa
Mis hobbies son: Lectura, Natación y Fotografía.
"""#),
        Finding(id: "lbl-son-es-ad", region: "ES", job: true, input: #"""
Las zonas de trabajo son: Madrid, Barcelona y Valencia.
"""#, expected: #"""
Las zonas de trabajo son: Madrid, Barcelona y Valencia.
"""#),
        Finding(id: "lbl-son-es-ad2", region: "ES", job: true, input: #"""
Los horarios son: Lunes a Viernes de 9 a 18.
"""#, expected: #"""
Los horarios son: Lunes a Viernes de 9 a 18.
"""#),
        Finding(id: "nbn-ah", region: "NL", job: true, input: #"""
Vragen over deze vacature? Bel Albert Heijn op 0800-0305 of kijk op werk.ah.nl.
"""#, expected: #"""
Vragen over deze vacature? Bel Albert Heijn op [PHONE] of kijk op [URL].
"""#),
        Finding(id: "nbn-ha", region: "NL", job: true, input: #"""
Interesse? Bel Hans Anders op 088-1234567 en vraag naar de vestigingsmanager.
"""#, expected: #"""
Interesse? Bel Hans Anders op [PHONE] en vraag naar de vestigingsmanager.
"""#),
        Finding(id: "nbn-yr", region: "FR", job: true, input: #"""
Pour postuler, appelez Yves Rocher au 01 53 45 67 89.
"""#, expected: #"""
Pour postuler, appelez Yves Rocher au [PHONE].
"""#),
        Finding(id: "nbn-douglas", region: "GB", job: true, input: #"""
Our Isle of Man branch: phone Douglas on 01624 686000.
"""#, expected: #"""
Our Isle of Man branch: phone Douglas on [PHONE].
"""#),
        Finding(id: "nbn-tb", region: "GB", job: true, input: #"""
Store enquiries: ring Ted Baker on 020 7255 4800.
"""#, expected: #"""
Store enquiries: ring Ted Baker on [PHONE].
"""#),
        Finding(id: "nbn-albert-cz", region: "CZ", job: true, input: #"""
Customer line: Albert on 800 402 402 (supermarket chain).
"""#, expected: #"""
Customer line: Albert on [PHONE] (supermarket chain).
"""#),
        Finding(id: "nbn-lucas", region: "GB", job: true, input: #"""
Spares for the fuel pumps are supplied by Lucas on 0121 506 5000.
"""#, expected: #"""
Spares for the fuel pumps are supplied by Lucas on [PHONE].
"""#),
        Finding(id: "nbn-francis", region: "GB", job: true, input: #"""
Drop-off at St. Francis on 01273 696955.
"""#, expected: #"""
Drop-off at St. Francis on [PHONE].
"""#),
        Finding(id: "adr-bus-be", region: "BE", job: false, input: #"""
Sofie Peeters
Boekhouder
Adres: Kerkstraat 12 (bus 3), 2000 Antwerpen
"""#, expected: #"""
[NAME]
Boekhouder
Adres: [ADDRESS]
"""#),
        Finding(id: "adr-flat", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
Address: 14 Oak Road (flat 2), Leeds LS6 2AB
"""#, expected: #"""
[NAME]
Project Manager
Address: [ADDRESS]
"""#),
        Finding(id: "adr-bei", region: "DE", job: false, input: #"""
Lena Müller
Kauffrau
Anschrift: Hauptstraße 5 (bei Müller), 10115 Berlin
"""#, expected: #"""
[NAME]
Kauffrau
Anschrift: [ADDRESS]
"""#),
        Finding(id: "adr-chez", region: "FR", job: false, input: #"""
Camille Martin
Assistante
Adresse : 12 rue des Lilas (chez M. Martin), 75011 Paris
"""#, expected: #"""
[NAME]
Assistante
Adresse : [ADDRESS]
"""#),
        Finding(id: "adr-piso", region: "ES", job: false, input: #"""
Lucía Gómez
Administrativa
Dirección: Calle Mayor 5 (piso 3º izq.), 28013 Madrid
"""#, expected: #"""
[NAME]
Administrativa
Dirección: [ADDRESS]
"""#),
        Finding(id: "adr-apto", region: "BR", job: false, input: #"""
Ana Souza
Enfermeira
Endereço: Rua Augusta 1500 (apto 42, bloco B), São Paulo - SP, 01304-001
"""#, expected: #"""
[NAME]
Enfermeira
Endereço: [ADDRESS]
"""#),
        Finding(id: "adr-ground", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
Address: 221 High Street (ground floor), Bristol BS1 2AW
"""#, expected: #"""
[NAME]
Project Manager
Address: [ADDRESS]
"""#),
        Finding(id: "adr-cas", region: "IT", job: false, input: #"""
Marco Rossi
Impiegato
Indirizzo: Via Roma 10 (scala B, interno 4), 20121 Milano
"""#, expected: #"""
[NAME]
Impiegato
Indirizzo: [ADDRESS]
"""#),
        Finding(id: "ph-mobno", region: "IN", job: false, input: #"""
Ravi Teja
Engineer
Mob.No.9845012345
"""#, expected: #"""
[NAME]
Engineer
Mob.No.[PHONE]
"""#),
        Finding(id: "ph-telnr", region: "DE", job: false, input: #"""
Lena Müller
Kauffrau
Tel.-Nr.0171 2345678
"""#, expected: #"""
[NAME]
Kauffrau
Tel.-Nr.[PHONE]
"""#),
        Finding(id: "ph-handy", region: "DE", job: false, input: #"""
Lena Müller
Kauffrau
Mobil/WhatsApp/0171 2345678
"""#, expected: #"""
[NAME]
Kauffrau
Mobil/WhatsApp/[PHONE]
"""#),
        Finding(id: "ph-contact-no", region: "IN", job: false, input: #"""
Ravi Teja
Engineer
Contact-No-9845012345
"""#, expected: #"""
[NAME]
Engineer
Contact-No-[PHONE]
"""#),
        Finding(id: "ph-tel-slash", region: "FR", job: false, input: #"""
Camille Martin
Assistante
Tél/Portable/06 12 34 56 78
"""#, expected: #"""
[NAME]
Assistante
Tél/Portable/[PHONE]
"""#),
        Finding(id: "ph-cel-dot", region: "BR", job: false, input: #"""
Ana Souza
Auxiliar
Cel.WhatsApp.(11) 98765-4321
"""#, expected: #"""
[NAME]
Auxiliar
Cel.WhatsApp.[PHONE]
"""#),
        Finding(id: "gn-bhavani", region: "IN", job: false, input: #"""
Rahul Menon
Engineer
Site engineer at Bhavani Sagar dam, Erode District.
"""#, expected: #"""
[NAME]
Engineer
Site engineer at Bhavani Sagar dam, Erode District.
"""#),
        Finding(id: "gn-ganga", region: "IN", job: false, input: #"""
Rahul Menon
Engineer
Worked on the Namami Gange and Ganga Action Plan projects.
"""#, expected: #"""
[NAME]
Engineer
Worked on the Namami Gange and Ganga Action Plan projects.
"""#),
        Finding(id: "gn-hilary", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
Taught during Hilary Term and Michaelmas Term at Oxford.
"""#, expected: #"""
[NAME]
Project Manager
Taught during Hilary Term and Michaelmas Term at Oxford.
"""#),
        Finding(id: "gn-ria", region: "PT", job: false, input: #"""
Ana Silva
Bióloga
Monitorização de aves na Ria Formosa e na Ria de Aveiro.
"""#, expected: #"""
[NAME]
Bióloga
Monitorização de aves na Ria Formosa e na Ria de Aveiro.
"""#),
        Finding(id: "gn-medha", region: "IN", job: false, input: #"""
Rahul Menon
Engineer
Apprentice at Medha Servo Drives, Hyderabad.
"""#, expected: #"""
[NAME]
Engineer
Apprentice at Medha Servo Drives, Hyderabad.
"""#),
        Finding(id: "gn-hafiz", region: "PK", job: false, input: #"""
Imran Khan
Teacher
Hafiz-e-Quran; taught at Hafiz Hayat Campus, University of Gujrat.
"""#, expected: #"""
[NAME]
Teacher
Hafiz-e-Quran; taught at Hafiz Hayat Campus, University of Gujrat.
"""#),
        Finding(id: "lbl-bro2", region: "IN", job: false, input: #"""
Ravi Shankar
Bio-Data
Family Details
Brother: Younger, Pursuing B.Tech
Sister: Elder, Doctor
"""#, expected: #"""
[NAME]
Bio-Data
Family Details
Brother: Younger, Pursuing B.Tech
Sister: Elder, Doctor
"""#),
        Finding(id: "lbl-wife", region: "IN", job: false, input: #"""
Ravi Shankar
Bio-Data
Marital Status: Married
Wife: Homemaker
Son: Studying in Class VIII
Daughter: Nil
"""#, expected: #"""
[NAME]
Bio-Data
Marital Status: Married
Wife: Homemaker
Son: Studying in Class VIII
Daughter: Nil
"""#),
        Finding(id: "lbl-husband", region: "IN", job: false, input: #"""
Ravi Shankar
Bio-Data
Husband: Working in Dubai, UAE
"""#, expected: #"""
[NAME]
Bio-Data
Husband: Working in Dubai, UAE
"""#),
        Finding(id: "lbl-husband2", region: "IN", job: false, input: #"""
Ravi Shankar
Bio-Data
Husband: Engineer, Larsen & Toubro
Son: One, aged 5
"""#, expected: #"""
[NAME]
Bio-Data
Husband: Engineer, Larsen & Toubro
Son: One, aged 5
"""#),
        Finding(id: "lbl-daughter", region: "IN", job: false, input: #"""
Ravi Shankar
Bio-Data
Daughter: Studying MBBS
Sister: Settled in Canada
"""#, expected: #"""
[NAME]
Bio-Data
Daughter: Studying MBBS
Sister: Settled in Canada
"""#),
        Finding(id: "ask-app1", region: "NL", job: true, input: #"""
Download the app Albert Heijn and scan your bonus card.
"""#, expected: #"""
Download the app Albert Heijn and scan your bonus card.
"""#),
        Finding(id: "ask-mail1", region: "GB", job: true, input: #"""
Mail Laura Ashley customer services for returns.
"""#, expected: #"""
Mail Laura Ashley customer services for returns.
"""#),
        Finding(id: "ask-mail-nl", region: "NL", job: true, input: #"""
Mail Hans Anders Opticiens via het contactformulier.
"""#, expected: #"""
Mail Hans Anders Opticiens via het contactformulier.
"""#),
        Finding(id: "ask-bel-store", region: "NL", job: true, input: #"""
Bel Jan Linders klantenservice voor vragen over je bestelling.
"""#, expected: #"""
Bel Jan Linders klantenservice voor vragen over je bestelling.
"""#),
        Finding(id: "ask-email-we", region: "DE", job: true, input: #"""
Email Hugo Boss Careers via the form below.
"""#, expected: #"""
Email Hugo Boss Careers via the form below.
"""#),
        Finding(id: "ph-range-br", region: "BR", job: false, input: #"""
Ana Souza
Auxiliar administrativa
Telefone: 3224-3567
Celular: 9 8765-4321
"""#, expected: #"""
[NAME]
Auxiliar administrativa
Telefone: [PHONE]
Celular: [PHONE]
"""#),
        Finding(id: "ph-range-cr", region: "CR", job: false, input: #"""
María Jiménez
Asistente
Teléfono: 2233-2567
"""#, expected: #"""
[NAME]
Asistente
Teléfono: [PHONE]
"""#),
        Finding(id: "ph-range-in", region: "IN", job: false, input: #"""
Ravi Teja
Engineer
Mobile: 98450-98467
"""#, expected: #"""
[NAME]
Engineer
Mobile: [PHONE]
"""#),
        Finding(id: "ph-range-hk", region: "HK", job: false, input: #"""
Wong Ka Man
Clerk
Tel: 2345-2678
"""#, expected: #"""
[NAME]
Clerk
Tel: [PHONE]
"""#),
        Finding(id: "ph-range-sg", region: "SG", job: false, input: #"""
Tan Wei Ling
Accountant
Mobile: 9123-9456
"""#, expected: #"""
[NAME]
Accountant
Mobile: [PHONE]
"""#),
        Finding(id: "acr-ledby", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
Project led by OKAFOR and reviewed by HUGHES.
"""#, expected: #"""
[NAME]
Project Manager
Project led by [NAME] and reviewed by [NAME].
"""#),
        Finding(id: "acr-reportto", region: "IN", job: false, input: #"""
Jane Roe
Project Manager
Reported to NAIDU (Plant Head).
"""#, expected: #"""
[NAME]
Project Manager
Reported to [NAME] (Plant Head).
"""#),
        Finding(id: "acr-contact", region: "FR", job: false, input: #"""
Jane Roe
Project Manager
Contact MOREAU for references.
"""#, expected: #"""
[NAME]
Project Manager
Contact [NAME] for references.
"""#),
        Finding(id: "adr-house-nl", region: "NL", job: false, input: #"""
Sanne de Boer
Verpleegkundige
Huize Zonneweide, Dorpsstraat 12, 7361 AB Beekbergen
"""#, expected: #"""
[NAME]
Verpleegkundige
[ADDRESS]
"""#),
        Finding(id: "adr-person-nl", region: "NL", job: false, input: #"""
Sanne de Boer
Verpleegkundige
Contact
Fam. de Boer, Dorpsstraat 12, 7361 AB Beekbergen
"""#, expected: #"""
[NAME]
Verpleegkundige
Contact
[ADDRESS]
"""#),
        Finding(id: "adr-wg", region: "DE", job: false, input: #"""
Lena Müller
Studentin
Wohnheim Sonnenhof, Lindenweg 3, 01067 Dresden
"""#, expected: #"""
[NAME]
Studentin
[ADDRESS]
"""#),
        Finding(id: "ttl-father-ted", region: "IE", job: false, input: #"""
Jane Roe
Project Manager
Wrote a dissertation on Father Ted and Irish television comedy.
"""#, expected: #"""
[NAME]
Project Manager
Wrote a dissertation on Father Ted and Irish television comedy.
"""#),
        Finding(id: "ttl-canon-ivy", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
Sold Canon Ivy and Canon Selphy printers at Currys.
"""#, expected: #"""
[NAME]
Project Manager
Sold Canon Ivy and Canon Selphy printers at Currys.
"""#),
        Finding(id: "id-rg1", region: "BR", job: false, input: #"""
Ana Souza
Auxiliar
RG: 12/3456789
CPF: 123.456.789-09
"""#, expected: #"""
[NAME]
Auxiliar
RG: [SSN]
CPF: [SSN]
"""#),
        Finding(id: "id-rg2", region: "BR", job: false, input: #"""
Ana Souza
Auxiliar
RG 22/012345 SSP/RS
"""#, expected: #"""
[NAME]
Auxiliar
RG [SSN] SSP/RS
"""#),
        Finding(id: "ask-email1", region: "GB", job: true, input: #"""
Email George at Asda customer care with your order number.
"""#, expected: #"""
Email George at Asda customer care with your order number.
"""#),
        Finding(id: "ttl-pastor", region: "ES", job: false, input: #"""
Lucía Gómez
Abogada
Socia del bufete Pastor Abogados; antes en Pastor Elena y Asociados.
"""#, expected: #"""
[NAME]
Abogada
Socia del bufete Pastor Abogados; antes en Pastor Elena y Asociados.
"""#),
        Finding(id: "ttl-ms-caps", region: "GB", job: false, input: #"""
Jane Roe
Project Manager
REFERENCES
MS Okafor, Head of Science, Kingsway Academy
MR Brennan, Deputy Head
"""#, expected: #"""
[NAME]
Project Manager
REFERENCES
MS [NAME], Head of Science, Kingsway Academy
MR [NAME], Deputy Head
"""#),
        Finding(id: "prof-pt2", region: "PT", job: false, input: #"""
Ana Silva
Investigadora
Sob orientação do Professor Catedrático João Ferreira e do Professor Associado Rui Costa.
"""#, expected: #"""
[NAME]
Investigadora
Sob orientação do Professor Catedrático [NAME] e do Professor Associado [NAME].
"""#),
        Finding(id: "ins-clinica", region: "BR", job: false, input: #"""
Ana Souza
Recepcionista
Recepcionista na Clínica Dra. Helena Prado (2018-2021)
"""#, expected: #"""
[NAME]
Recepcionista
Recepcionista na Clínica Dra. [NAME] (2018-2021)
"""#),
        Finding(id: "chez-ref", region: "FR", job: false, input: #"""
Camille Martin
Assistante
Référence : Sophie Garnier, gérante. Stage de 3 mois chez Garnier en 2020.
"""#, expected: #"""
[NAME]
Assistante
Référence : [NAME], gérante. Stage de 3 mois chez [NAME] en 2020.
"""#),
    ]

    @Test(arguments: findings)
    func theReviewsInputsComeOutAsBefore(_ f: Finding) {
        #expect(f.redacted == f.expected)
    }

    /// A second outside review, of the rules as mended (22 regressions among 60 more inputs against
    /// `ac7b4bd`, each compared with the redactor of `a285063`; the output expected is the old one:
    /// where the reviewer expected better than it, a Spanish mobile read as an id, a second referee
    /// "Pedro del Rio", a surname "Cook" after a given name, those holes are older than these rules;
    /// redactor version 13 mended the "Cook" one, and its expected output is the whole name redacted).
    static let secondFindings: [Finding] = [
        Finding(id: "R2-01-brand-es", region: "ES", job: false, input: #"""
Miguel de la Cruz
Ingeniero de Software
References: Pedro del Valle, Director de Tecnología, Indra
"""#, expected: #"""
[NAME]
Ingeniero de Software
References: [NAME], Director de Tecnología, Indra
"""#),
        Finding(id: "R2-02-brand-garcia", region: "ES", job: false, input: #"""
Lucía Martín
Administrativa
Referencias: Gabriel García López, jefe de administración, Mercadona (600 123 456)
"""#, expected: #"""
[NAME]
Administrativa
Referencias: [NAME], jefe de administración, Mercadona ([SSN])
"""#),
        Finding(id: "R2-03-brand-oscar", region: "BR", job: false, input: #"""
Ana Souza
Auxiliar administrativa
Referências: Oscar de Souza (gerente), Pedro del Rio (supervisor)
"""#, expected: #"""
[NAME]
Auxiliar administrativa
Referências: [NAME] (gerente), Pedro del Rio (supervisor)
"""#),
        Finding(id: "R2-04-brand-br", region: "BR", job: false, input: #"""
Ana Souza
Auxiliar administrativa
Referência: Charles de Oliveira, gerente, Magazine Luiza
"""#, expected: #"""
[NAME]
Auxiliar administrativa
Referência: [NAME], gerente, Magazine Luiza
"""#),
        Finding(id: "R2-05-brand-otto", region: "DE", job: false, input: #"""
Lena Müller
Kauffrau
Referenz: Otto von Berg, Filialleiter, Rewe Markt GmbH
"""#, expected: #"""
[NAME]
Kauffrau
Referenz: [NAME], Filialleiter, Rewe Markt GmbH
"""#),
        Finding(id: "R2-06-brand-jones-ref", region: "AU", job: false, input: #"""
Jane Roe
Retail Assistant
Referee: David Jones, Store Manager, Myer Sydney, 0412 345 678
"""#, expected: #"""
[NAME]
Retail Assistant
Referee: [NAME], Store Manager, Myer Sydney, [PHONE]
"""#),
        Finding(id: "R2-07-brand-cook", region: "GB", job: true, input: #"""
This role reports to James Cook, Head of Operations. Please send your CV to the HR team.
"""#, expected: #"""
This role reports to [NAME], Head of Operations. Please send your CV to the HR team.
"""#),
        Finding(id: "R2-08-mob-slash", region: "IN", job: false, input: #"""
Ravi Teja
Software Engineer
Mob:9845012345/9886012345
Email: ravi.teja@example.com
"""#, expected: #"""
[NAME]
Software Engineer
Mob:[PHONE]/[PHONE]
Email: [EMAIL]
"""#),
        Finding(id: "R2-09-ph-doc-ref", region: "IN", job: false, input: #"""
Ravi Teja
Engineer
Ph.No:080-23456789/9845012345
"""#, expected: #"""
[NAME]
Engineer
Ph.No:[PHONE]/[PHONE]
"""#),
        Finding(id: "R2-10-prof-cardiff", region: "GB", job: true, input: #"""
The project is led by Cardiff University Professor Gareth Price and funded by Innovate UK.
"""#, expected: #"""
The project is led by Cardiff University Professor [NAME] and funded by Innovate UK.
"""#),
        Finding(id: "R2-11-leeds-prof", region: "GB", job: true, input: #"""
Quote from Leeds University Professor Helen Marsh: the programme transformed outcomes.
"""#, expected: #"""
Quote from Leeds University Professor [NAME]: the programme transformed outcomes.
"""#),
        Finding(id: "R2-12-preis", region: "DE", job: false, input: #"""
Lena Müller
Kauffrau
Referenzen: Prof. Dr. Thomas Preis, Universität Mannheim
"""#, expected: #"""
[NAME]
Kauffrau
Referenzen: Prof. Dr. [NAME], Universität Mannheim
"""#),
        Finding(id: "R2-13-preis2", region: "DE", job: false, input: #"""
Lena Müller
Kauffrau
Ausbilder: Herr Markus Preis, Abteilungsleiter Einkauf
"""#, expected: #"""
[NAME]
Kauffrau
Ausbilder: Herr [NAME], Abteilungsleiter Einkauf
"""#),
        Finding(id: "R2-14-hall-honorific-new", region: "GB", job: false, input: #"""
Jane Roe
Administrator
Referee: Mrs Anne Stand, Office Manager, Leeds City Council
"""#, expected: #"""
[NAME]
Administrator
Referee: Mrs [NAME], Office Manager, Leeds City Council
"""#),
        Finding(id: "R2-15-ini-ct", region: "GB", job: true, input: #"""
Present: Dr Carol Taylor (Chair), Mr Ian Hughes, Ms Ruth Cole
CT scanner downtime was discussed; CT waits are 6 weeks.
"""#, expected: #"""
Present: Dr [NAME] (Chair), Mr [NAME], Ms [NAME]
CT scanner downtime was discussed; CT waits are 6 weeks.
"""#),
        Finding(id: "R2-16-ini-la", region: "GB", job: true, input: #"""
Present: Mrs Lisa Allen (Chair), Mr Tom Reed, Ms Jo Hart
LA to confirm the budget share by March. Governors asked LA advisers for guidance.
"""#, expected: #"""
Present: Mrs [NAME] (Chair), Mr [NAME], Ms [NAME]
LA to confirm the budget share by March. Governors asked LA advisers for guidance.
"""#),
        Finding(id: "R2-17-ini-pd", region: "GB", job: true, input: #"""
Present: Peter Davis (Chair), Anna Kerr, John Moss
PD sessions to be rescheduled to the spring term.
"""#, expected: #"""
Present: [NAME] (Chair), [NAME], [NAME]
PD sessions to be rescheduled to the spring term.
"""#),
        Finding(id: "R2-18-ini-fy", region: "GB", job: true, input: #"""
Present: Fiona Young (Treasurer), Dr Mark Lee, Sam Patel
FY budget approved. The FY forecast shows a surplus.
"""#, expected: #"""
Present: [NAME] (Treasurer), Dr [NAME], [NAME]
FY budget approved. The FY forecast shows a surplus.
"""#),
        Finding(id: "R2-19-fr-de", region: "DE", job: true, input: #"""
Arbeitszeit: Mo. bis Fr. Frühschicht, 6-14 Uhr. Sa. Spätschicht nach Absprache.
"""#, expected: #"""
Arbeitszeit: Mo. bis Fr. Frühschicht, 6-14 Uhr. Sa. Spätschicht nach Absprache.
"""#),
        Finding(id: "R2-20-fr-de2", region: "DE", job: true, input: #"""
Öffnungszeiten: Mo.–Fr. Vormittags, Sa. nach Vereinbarung
"""#, expected: #"""
Öffnungszeiten: Mo.–Fr. Vormittags, Sa. nach Vereinbarung
"""#),
        Finding(id: "R2-21-fr-de3", region: "DE", job: true, input: #"""
Wir bieten: Gleitzeit Mo. - Fr. Homeoffice nach Absprache
"""#, expected: #"""
Wir bieten: Gleitzeit Mo. - Fr. Homeoffice nach Absprache
"""#),
        Finding(id: "R2-22-fr-ch", region: "CH", job: true, input: #"""
Lohn: Fr. 5'800.– brutto; Arbeitszeit Mo–Fr. Teilzeit möglich.
"""#, expected: #"""
Lohn: Fr. 5'800.– brutto; Arbeitszeit Mo–Fr. Teilzeit möglich.
"""#),
    ]

    @Test(arguments: secondFindings)
    func theSecondReviewsInputsComeOutAsBefore(_ f: Finding) {
        #expect(f.redacted == f.expected)
    }
}
