package nl.leernetwerk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LeernetwerkApplication {

    public static void main(String[] args) {
        SpringApplication.run(LeernetwerkApplication.class, args);
    }
}
