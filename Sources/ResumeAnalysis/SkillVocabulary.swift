// The shipped skills vocabulary (docs/ANALYSIS.md, "Vocabulary and synonyms").
//
// One skill per line:  Display [> Parent, Parent] | alias | alias …
//
// * `Display` is how the skill is reported. Its lower-case form is an alias too, unless it
//   starts with `=`: then only that exact spelling is (`=Go` matches "Go", never "go").
// * Aliases are matched case-insensitively, as 1–3 tokens of the tokenizer; a word written
//   `=Word` inside an alias must be spelled exactly so. Words with connectors (`node.js`,
//   `c++`, `ci/cd`) become compounds that the tokenizer keeps whole.
// * `> Parent` (displays of other entries): a resume that has this skill also covers its
//   parents (`Amazon S3 > AWS`: "S3" in a resume covers "AWS" in a job; not the reverse).
// * `#` starts a comment line. Every alias belongs to one skill only (tested).

/// The text of the skills vocabulary; parsed once by ``Lexicon``.
enum SkillVocabulary {
    static let text = #"""
    # Programming languages
    Python | python3
    Java
    JavaScript | js | ecmascript | es6 | vanilla js
    TypeScript | ts
    =Go | golang
    Rust
    C++ | cpp
    C# | csharp | c sharp
    =C | ansi =C
    Ruby
    PHP
    Scala
    Kotlin
    =Swift | swift 5
    Objective-C | objective =C | objc | obj-c
    Elixir
    Erlang
    Haskell
    Clojure
    Perl
    =R | rstats | rstudio
    MATLAB
    Dart
    Lua
    Bash | shell scripting | bash scripting | shell scripts | zsh
    PowerShell
    SQL | sql queries
    PL/SQL | plsql
    T-SQL | tsql | transact-sql
    VBA | excel vba
    HTML | html5
    CSS | css3
    Sass | scss
    Solidity
    WebAssembly | wasm

    # Frontend
    React > JavaScript | react.js | reactjs | react js | react hooks
    Next.js > React | nextjs | next js
    Vue.js > JavaScript | vue | vuejs | vue js | vue 3
    Nuxt.js > Vue.js | nuxt | nuxtjs
    Angular > TypeScript | angularjs | angular.js
    Svelte | sveltekit
    Ember.js | ember | emberjs
    Redux > React | redux toolkit
    jQuery
    =Bootstrap
    Tailwind CSS > CSS | tailwind | tailwindcss
    webpack
    Vite | vitejs
    Babel
    ESLint
    Jest
    Cypress
    Playwright
    Storybook
    D3.js | d3 | d3js
    Three.js | threejs | webgl
    Express.js > Node.js | express.js | expressjs | express js
    NestJS > Node.js | nest.js | nestjs
    Node.js > JavaScript | nodejs | node js | =Node
    npm | yarn | pnpm
    Responsive design | responsive web design | mobile-first design | mobile first design
    Web performance | core web vitals | page speed
    Progressive web apps | pwa | pwas | progressive web app
    Server-side rendering | ssr | server side rendering
    WebSockets | websocket | web sockets
    Frontend development | front-end development | front end development | frontend engineering | front-end engineering

    # Backend
    .NET | .net core | .net framework | dotnet | dotnet core
    ASP.NET > .NET | asp.net core | asp.net mvc | aspnet
    Spring Boot > Java | spring framework | springboot | spring mvc
    Hibernate | jpa
    Django > Python | django rest framework | drf
    Flask > Python
    FastAPI > Python | fast api
    Ruby on Rails > Ruby | rails | ror
    Laravel > PHP
    Phoenix > Elixir | phoenix framework
    REST APIs | =REST | restful | rest api | restful api | restful services | restful web services | rest services
    APIs | api | web api | web services
    API design | api development | api-first
    GraphQL | apollo graphql
    gRPC | grpc
    Protocol Buffers | protobuf | protobufs
    Microservices | microservice | micro-services | microservice architecture | microservices architecture
    Distributed systems | distributed system | distributed computing
    System design | systems design
    Event-driven architecture | event-driven | event driven | event driven architecture | event sourcing
    Message queues | message queue | message broker | message brokers | message queuing
    Kafka | apache kafka | kafka streams
    RabbitMQ
    Amazon SQS > AWS | sqs
    Caching | cache | caching strategies
    Concurrency | multithreading | multi-threading | parallel programming
    Object-oriented programming | oop | object-oriented | object oriented programming | object oriented design
    Functional programming
    Data structures | data structure
    Algorithms | algorithm
    Design patterns
    Backend development | back-end development | back end development | backend engineering | back-end engineering | server-side development
    Full-stack development | full-stack | full stack | fullstack | full stack development | full-stack engineering
    OAuth | oauth2 | oauth 2.0 | openid connect | oidc
    JWT | json web tokens | json web token
    Linux | unix | ubuntu | debian | rhel | centos
    Git | version control
    GitHub
    Unit testing | unit tests | unit test
    Integration testing | integration tests | integration test
    End-to-end testing | end-to-end tests | end-to-end test | e2e | e2e tests | e2e testing
    Test-driven development | tdd | test driven development | test-driven
    Test automation | automated testing | automated tests | test automation frameworks
    Load testing | performance testing | stress testing
    Quality assurance | qa | software testing | quality engineering
    Selenium
    pytest
    JUnit
    Postman
    Code review | code reviews | peer code review

    # Databases
    PostgreSQL | postgres | psql | postgre sql | postgresql database
    MySQL | mariadb
    SQLite
    SQL Server | microsoft sql server | mssql | ms sql | ms sql server
    Oracle | oracle database | oracle db
    MongoDB | mongo
    Redis
    Cassandra | apache cassandra
    Elasticsearch | elastic search | opensearch
    DynamoDB > AWS | amazon dynamodb
    Neo4j | graph databases | graph database
    NoSQL | no sql | non-relational databases
    ClickHouse
    Database design | schema design | database schema design | relational databases | relational database

    # Cloud and DevOps
    AWS | amazon web services
    Google Cloud | gcp | google cloud platform
    Azure | microsoft azure
    Amazon S3 > AWS | s3
    Amazon EC2 > AWS | ec2
    AWS Lambda > AWS, Serverless | lambda functions
    Amazon RDS > AWS | rds | aurora | amazon aurora
    Amazon EKS > AWS, Kubernetes | eks
    Amazon ECS > AWS, Docker | ecs | fargate | aws fargate
    CloudFormation > AWS, Infrastructure as code | aws cloudformation
    BigQuery > Google Cloud | google bigquery
    GKE > Google Cloud, Kubernetes | google kubernetes engine
    Vertex AI > Google Cloud
    Azure DevOps > Azure
    AKS > Azure, Kubernetes | azure kubernetes service
    Docker | dockerfile | docker compose | containers | containerization | containerisation | containerized
    Kubernetes | k8s | kubectl
    =Helm | helm charts | helm chart
    OpenShift
    Terraform > Infrastructure as code | hashicorp terraform
    Ansible
    Puppet
    =Chef
    Pulumi > Infrastructure as code
    Infrastructure as code | iac | infrastructure-as-code
    CI/CD | ci cd | cicd | ci/cd pipelines | continuous integration | continuous delivery | continuous deployment
    Jenkins > CI/CD
    GitHub Actions > CI/CD
    GitLab CI > CI/CD | gitlab ci/cd | gitlab pipelines
    CircleCI > CI/CD | circle ci
    Argo CD > CI/CD | argocd | argo
    GitOps
    Prometheus
    Grafana
    Datadog
    New Relic
    Splunk
    ELK stack | elk | logstash | kibana
    OpenTelemetry | otel
    Observability | monitoring and observability
    Site reliability engineering | sre | site reliability
    Incident response | incident management | incident handling | incident response plans
    Nginx | nginx plus
    Load balancing | load balancers | load balancer
    Serverless | serverless architecture
    Networking | tcp/ip | computer networking | network engineering | dns | tcp
    Service mesh | istio | linkerd | envoy
    =Vault | hashicorp vault | secrets management
    Chaos engineering
    Capacity planning
    SLOs | slo | service level objectives | slis | sli | service level indicators | error budgets
    Disaster recovery | business continuity
    High availability | fault tolerance | fault-tolerant
    Cloud architecture | cloud infrastructure | cloud computing | cloud-native | cloud native
    DevOps
    DevSecOps

    # Data and machine learning
    Machine learning | ml | machine-learning
    Deep learning | deep neural networks
    Natural language processing | nlp | natural-language processing
    Computer vision | image recognition | image processing
    Large language models | llm | llms | large language model | foundation models
    Generative AI | genai | gen ai | generative artificial intelligence
    Artificial intelligence | ai
    Prompt engineering
    Retrieval-augmented generation | rag | retrieval augmented generation
    Vector databases | vector database | vector db | vector search | pinecone | pgvector
    LangChain
    Hugging Face | huggingface | hugging face transformers
    Reinforcement learning
    Neural networks | neural network
    PyTorch
    TensorFlow
    Keras
    scikit-learn > Python | scikit learn | sklearn
    pandas > Python
    NumPy > Python
    SciPy
    Jupyter | jupyter notebooks | jupyter notebook
    =Spark | apache spark | pyspark | spark sql
    Hadoop | hdfs | hive | apache hive
    Airflow | apache airflow
    dbt | data build tool
    Flink | apache flink
    Snowflake
    Redshift > AWS | amazon redshift
    Databricks
    MLOps | ml ops | ml pipelines
    MLflow
    Kubeflow
    SageMaker > AWS | amazon sagemaker | aws sagemaker
    Feature engineering
    Model deployment | model serving | deploying models | model monitoring
    Recommendation systems | recommender systems | recommendation engines | recommendation engine
    Time series | time-series | time series analysis | time series forecasting
    Statistics | statistical analysis | statistical modeling | statistical modelling | statistical methods | inferential statistics
    Regression analysis | linear regression | logistic regression | regression models
    A/B testing | ab testing | split testing | a/b tests | experimentation | controlled experiments
    Data pipelines | data pipeline | data ingestion
    ETL | elt | etl pipelines | data integration
    Data warehousing | data warehouse | data warehouses | data lake | data lakes | lakehouse
    Data modeling | data modelling | dimensional modeling | dimensional modelling | star schema
    Data visualization | data visualisation | dataviz | dashboards | dashboard | dashboarding
    Data analysis | data analytics | data analyses | analyzing data | analysing data
    Data science | data scientist
    Data engineering
    Data governance | data quality | data lineage | master data management
    Big data
    Tableau
    Power BI | powerbi | microsoft power bi
    Looker | looker studio | google data studio
    =Excel | microsoft excel | ms excel | excel spreadsheets | advanced excel | pivot tables
    Google Sheets

    # Mobile
    iOS | ios development | ios apps | iphone
    Android | android development | android apps
    SwiftUI > Swift, iOS
    UIKit > iOS
    Jetpack Compose > Android, Kotlin
    React Native > React
    Flutter > Dart
    Xcode
    Android Studio
    Core Data > iOS
    Firebase
    App Store | app store connect | apple app store
    Google Play | play store | google play store | google play console
    Mobile development | mobile app development | mobile apps | mobile applications | mobile engineering
    Push notifications | push notification
    Gradle
    CocoaPods
    Swift Package Manager | spm
    XCTest
    =Espresso
    MVVM | mvvm architecture
    Kotlin coroutines > Kotlin | coroutines
    RxJava | rxswift | reactivex

    # Security
    Penetration testing | pen testing | pentesting | pentest | pentests | penetration tests
    Vulnerability management | vulnerability assessment | vulnerability assessments | vulnerability scanning | vulnerability remediation
    SIEM
    Threat modeling | threat modelling | threat models | threat model
    OWASP | owasp top 10
    Application security | appsec | secure coding | secure software development
    Network security | firewalls | firewall | intrusion detection | ids/ips
    Cloud security
    IAM | identity management | access management | access control | role-based access control | rbac
    Zero trust | zero-trust | zero trust architecture
    SOC 2 | soc2 | soc ii
    ISO 27001 | iso/iec 27001 | iso27001
    NIST | nist csf | nist 800-53 | nist cybersecurity framework
    PCI DSS | pci | pci-dss | pci compliance
    GDPR
    HIPAA | hipaa compliance
    Cryptography | encryption | tls | pki | public key infrastructure
    Burp Suite | burp
    Metasploit
    Nmap
    Wireshark
    Kali Linux | kali
    Malware analysis | reverse engineering
    Digital forensics | forensics | computer forensics
    Threat intelligence | threat hunting | threat detection
    Security operations | soc | security operations center | security operations centre | security monitoring
    EDR | endpoint detection | endpoint security | crowdstrike
    CISSP
    OSCP
    Security+ | comptia security+ | security plus
    CEH | certified ethical hacker
    SAST | static analysis
    DAST
    Security audits | security audit | security assessments | security assessment
    Compliance | regulatory compliance | compliance frameworks

    # Product and project management
    Product management | product manager | product owner
    Product roadmap | roadmap | roadmaps | roadmapping | product roadmaps | roadmap planning
    Product strategy | product vision
    Product discovery | customer discovery
    User research | user interviews | customer interviews | ux research
    User stories | user story | acceptance criteria
    PRDs | prd | product requirements documents | product requirements document | product specs
    Agile | agile methodologies | agile methodology | agile development
    Scrum | scrum master | sprint planning | sprints
    Kanban
    Jira | atlassian jira
    Confluence
    OKRs | okr
    Stakeholder management | stakeholder communication | stakeholder alignment | managing stakeholders
    Prioritization | prioritisation | backlog prioritization | backlog management | backlog grooming
    Product analytics | amplitude | mixpanel | heap analytics
    Go-to-market | gtm | go to market | go-to-market strategy | launch planning
    Project management | project manager | project planning
    Program management | program manager
    PMP | project management professional
    Change management
    Vendor management | supplier management | procurement
    B2B | business-to-business
    SaaS
    Market research | competitive analysis | competitor analysis | market analysis
    Pricing strategy | pricing | monetization | monetisation
    Customer success | customer retention | churn reduction
    Account management | key account management
    Business development | b2b sales | enterprise sales | inside sales | sales prospecting
    CRM | customer relationship management | crm systems
    Salesforce | salesforce crm | sfdc
    Negotiation | negotiations | contract negotiation
    Public speaking | presentations | presentation skills
    PowerPoint | microsoft powerpoint | powerpoint presentations
    Technical writing | documentation writing | technical documentation
    Mentoring | mentorship | coaching | mentored | mentor
    People management | team management | line management | managing engineers | direct reports
    Recruiting | recruitment | talent acquisition | technical recruiting

    # Design
    Figma
    =Sketch | sketch app
    Adobe XD | xd
    Photoshop | adobe photoshop
    Illustrator | adobe illustrator
    InDesign | adobe indesign
    After Effects | adobe after effects
    Adobe Creative Suite | creative cloud | adobe creative cloud | adobe cc | creative suite
    Canva
    InVision
    Framer
    UX design | ux | user experience | user experience design | ux designer
    UI/UX design > UX design, UI design | ui/ux | ux/ui | ui ux | ux ui | ux/ui design | ui/ux designer | ux/ui designer
    UI design | ui | user interface design | user interfaces | ui designer
    Interaction design | interaction designer
    Visual design | graphic design | visual designer | graphic designer
    Design systems | design system | component library | component libraries
    Usability testing | usability studies | usability tests | user testing
    Information architecture
    Accessibility | a11y | wcag | section 508 | accessible design | inclusive design
    Typography
    Motion design | motion graphics | animation
    Wireframing | wireframes | wireframe | low-fidelity wireframes
    Prototyping | prototypes | prototype | high-fidelity prototypes | interactive prototypes
    User flows | user flow | journey mapping | customer journey mapping | customer journeys
    Personas | user personas
    Design thinking
    Brand identity | visual identity | brand guidelines | logo design

    # Marketing
    SEO | search engine optimization | search engine optimisation | technical seo | on-page seo
    SEM | search engine marketing | paid search
    PPC | pay-per-click | pay per click | ppc campaigns
    Google Ads | adwords | google adwords
    Google Analytics | ga4 | universal analytics | google tag manager
    Meta Ads | facebook ads | instagram ads | meta ads manager | facebook ads manager
    Paid social | paid media | paid advertising | performance marketing | digital advertising
    Content marketing | content strategy | content creation
    Email marketing | email campaigns | lifecycle marketing | email automation | newsletters
    Social media marketing | social media | social media management | community management
    Marketing automation
    HubSpot
    Marketo
    Mailchimp | klaviyo
    Copywriting | copy writing | copywriter
    Brand strategy | brand management | branding | brand positioning
    Demand generation | demand gen
    Lead generation | lead gen | lead nurturing
    Growth marketing | growth hacking | user acquisition
    Product marketing | product marketing manager | positioning and messaging | product positioning
    Conversion rate optimization | cro | conversion optimization | conversion rate optimisation | landing page optimization
    Influencer marketing | influencer partnerships
    Affiliate marketing
    Customer segmentation | segmentation | audience segmentation
    Campaign management | marketing campaigns | campaign planning | integrated campaigns
    Marketing analytics | marketing attribution | attribution modeling | multi-touch attribution
    Public relations | media relations | press releases
    Event marketing | trade shows | conferences and events
    WordPress
    Shopify
    E-commerce | ecommerce | e-commerce platforms | online retail

    # Finance and accounting
    Financial modeling | financial modelling | financial models | financial model | three-statement model
    FP&A | fp&a | financial planning
    GAAP | us gaap | u.s. gaap
    IFRS
    Budgeting | budget management | budgets | annual budget | budget planning
    Forecasting | financial forecasting | revenue forecasting | forecasts | rolling forecasts
    Variance analysis | budget variance | variance reports
    DCF | discounted cash flow | dcf analysis | dcf models
    Valuation | valuations | company valuation | business valuation
    Account reconciliation | reconciliation | reconciliations | bank reconciliations | account reconciliations
    Accounts payable | accounts payable processing
    Accounts receivable | accounts receivable management
    General ledger | journal entries
    Month-end close | month end close | month-end | month end | year-end close | close process
    Financial reporting | financial statements | management reporting
    Financial analysis | financial analyst
    SAP | sap erp | sap s/4hana | s/4hana
    NetSuite | oracle netsuite
    QuickBooks | quickbooks online
    CPA | certified public accountant
    CFA | chartered financial analyst
    SOX | sarbanes-oxley | sox compliance | sarbanes oxley
    Auditing | audit | audits | internal audit | external audit | internal controls
    Risk management | enterprise risk management | risk assessment | risk assessments
    Credit risk | credit analysis | credit underwriting | underwriting
    Bloomberg Terminal | bloomberg
    M&A | mergers and acquisitions
    P&L | profit and loss | p&l management | p&l ownership
    Treasury | cash management | cash flow management | liquidity management
    Tax | tax compliance | tax preparation | taxation | tax returns
    KYC | know your customer
    AML | anti-money laundering | anti money laundering
    Portfolio management | asset management | investment management
    Equity research
    Payments | payment processing | payment systems | payment gateways

    # Healthcare
    EHR | emr | electronic health records | electronic health record | electronic medical records | electronic medical record
    =Epic | epic ehr | epic systems
    Cerner
    Patient care | direct patient care | bedside care
    Patient assessment | patient assessments | nursing assessment | nursing assessments | health assessments
    Patient education | patient teaching
    BLS | basic life support | bls certification
    ACLS
    PALS
    Triage
    Medication administration | medication management | administering medications
    Clinical documentation | charting | nursing documentation
    HL7
    FHIR | hl7 fhir
    ICD-10 | icd-10-cm | icd10 | icd 10 | icd coding
    CPT coding | cpt | cpt codes
    Medical billing | revenue cycle management | revenue cycle | claims processing
    Medical coding | clinical coding
    Phlebotomy | venipuncture
    Vital signs | vitals
    Care planning | care plans | care plan | nursing care plans
    Infection control | infection prevention
    Registered nurse | rn | registered nurses
    BSN
    NCLEX | nclex-rn
    Case management | care coordination | discharge planning
    Clinical research | clinical trials | clinical trial
    Good clinical practice | ich gcp
    Telehealth | telemedicine
    Wound care
    IV therapy | iv insertion | intravenous therapy
    Critical care | icu | intensive care
    Emergency medicine | emergency department | ed nursing

    # Education
    Curriculum development | curriculum design | curriculum planning | curriculum writing
    Lesson planning | lesson plans | lesson plan | unit planning
    Classroom management | behavior management | behaviour management
    Differentiated instruction | differentiated learning
    IEP | ieps | individualized education program | individualised education program | individualized education programs
    Formative assessment | formative assessments | summative assessment | summative assessments | assessment design
    Google Classroom
    =Canvas | canvas lms
    =Blackboard | blackboard learn
    Moodle
    Learning management systems | lms | learning management system
    Special education | sped | special needs | inclusive classrooms
    ESL | ell | esol | tesol | tefl | english language learners | english language learner
    STEM | stem education | steam
    Instructional design | instructional designer | addie
    E-learning | elearning | online learning | online courses | articulate storyline | articulate 360
    Common Core | common core standards
    Teaching certification | teaching license | teaching credential | teaching certificate | state certification | certified teacher
    Project-based learning | project based learning | pbl
    Social-emotional learning | sel | social emotional learning
    Literacy | reading intervention | guided reading | phonics
    Student assessment | student data | progress monitoring | data-driven instruction
    Parent communication | parent engagement | family engagement | parent-teacher conferences
    Tutoring | tutor
    Educational technology | edtech | ed tech | classroom technology

    # Languages spoken
    Spanish | bilingual spanish
    French
    German
    Mandarin | chinese
    """#
}
