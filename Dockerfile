# Production image: builds the jar with Vaadin's pre-built frontend bundle (no Node needed).
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline -Pproduction
COPY src src
RUN mvn -B -Pproduction -DskipTests package

FROM eclipse-temurin:25-jre
RUN useradd --system --home /var/lib/leernetwerk leernetwerk \
    && mkdir -p /var/lib/leernetwerk && chown leernetwerk /var/lib/leernetwerk
USER leernetwerk
WORKDIR /var/lib/leernetwerk
COPY --from=build /build/target/leernetwerk.jar /opt/leernetwerk/leernetwerk.jar
COPY content /opt/leernetwerk/content
ENV SPRING_PROFILES_ACTIVE=prod \
    LEERNETWERK_DATA_DIR=/var/lib/leernetwerk \
    LEERNETWERK_CONTENT_DIR=/opt/leernetwerk/content
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q UP <&3"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/leernetwerk/leernetwerk.jar"]
