package nl.leernetwerk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class LeernetwerkApplication {

    public static void main(String[] args) {
        SpringApplication.run(LeernetwerkApplication.class, args);
    }
}
