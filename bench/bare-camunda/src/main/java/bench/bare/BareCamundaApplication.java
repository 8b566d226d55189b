package bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Camunda 7 engine, webapps and REST on H2, as the Spring Boot starter sets them up: the start-up baseline. */
@SpringBootApplication
public class BareCamundaApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareCamundaApplication.class, args);
    }
}
