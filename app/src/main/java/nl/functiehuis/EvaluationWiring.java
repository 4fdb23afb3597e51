package nl.functiehuis;

import java.time.Clock;
import java.util.UUID;
import nl.functiehuis.application.AddCandidates;
import nl.functiehuis.application.CandidateCvFiles;
import nl.functiehuis.application.EvaluateVacancy;
import nl.functiehuis.application.ScoreCandidate;
import nl.functiehuis.application.Scoring;
import nl.functiehuis.application.VacancyTeam;
import nl.functiehuis.evaluation.Candidates;
import nl.functiehuis.evaluation.CvFiles;
import nl.functiehuis.evaluation.Reviews;
import nl.functiehuis.house.Transactions;
import nl.functiehuis.publish.AwardAdvice;
import nl.functiehuis.storage.JdbcCandidates;
import nl.functiehuis.storage.JdbcCvFiles;
import nl.functiehuis.storage.JdbcReviews;
import nl.functiehuis.vacancy.Vacancies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thymeleaf.ITemplateEngine;

/** Candidates and their evaluation: storage and use cases. */
@Configuration(proxyBeanMethods = false)
class EvaluationWiring {

    @Bean
    Candidates candidates(JdbcClient jdbc) {
        return new JdbcCandidates(jdbc);
    }

    @Bean
    Reviews reviews(JdbcClient jdbc) {
        return new JdbcReviews(jdbc);
    }

    @Bean
    VacancyTeam vacancyTeam(Vacancies vacancies, Reviews reviews, Transactions transactions, Clock clock) {
        return new VacancyTeam(vacancies, reviews, transactions, clock);
    }

    @Bean
    Scoring scoring(VacancyTeam team, Reviews reviews, Transactions transactions, Clock clock) {
        return new Scoring(team, reviews, transactions, clock);
    }

    @Bean
    AddCandidates addCandidates(VacancyTeam team, Candidates candidates, Reviews reviews, Transactions transactions,
            Clock clock) {
        return new AddCandidates(team, candidates, reviews, transactions, clock, () -> UUID.randomUUID().toString());
    }

    @Bean
    CvFiles cvFiles(JdbcClient jdbc) {
        return new JdbcCvFiles(jdbc);
    }

    @Bean
    CandidateCvFiles candidateCvFiles(AddCandidates add, VacancyTeam team, Candidates candidates, CvFiles files,
            Reviews reviews, Transactions transactions, Clock clock) {
        return new CandidateCvFiles(add, team, candidates, files, reviews, transactions, clock);
    }

    @Bean
    ScoreCandidate scoreCandidate(VacancyTeam team, Candidates candidates, Reviews reviews, Scoring scoring,
            Transactions transactions, Clock clock) {
        return new ScoreCandidate(team, candidates, reviews, scoring, transactions, clock);
    }

    @Bean
    AwardAdvice awardAdvice(ITemplateEngine templates, Clock clock) {
        return new AwardAdvice(templates, clock);
    }

    @Bean
    EvaluateVacancy evaluateVacancy(VacancyTeam team, Candidates candidates, Reviews reviews, Scoring scoring,
            Transactions transactions, Clock clock) {
        return new EvaluateVacancy(team, candidates, reviews, scoring, transactions, clock);
    }
}
