# syntax=docker/dockerfile:1
# The application image (docker-compose.yml): built from the sources, run from Spring Boot's layered jar so that a
# change of code rebuilds only the small application layer and not the ~115 MB of dependencies.

# 1. Build the jar: JDK 17 and npm (the build takes ECharts from the npm registry)
FROM eclipse-temurin:17-jdk AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml package.json package-lock.json ./
COPY db/ db/
COPY src/main/ src/main/
RUN --mount=type=cache,target=/root/.m2 --mount=type=cache,target=/root/.npm \
    ./mvnw -B -q -DskipTests package && cp target/plan-tracker-*.jar app.jar

# 2. Split it into layers (dependencies, loader, snapshot dependencies, application) as a plain jar with its lib/
#    folder: it starts faster than the nested jar and can use a class-data-sharing archive (deploy/docker/entrypoint.sh)
RUN java -Djarmode=tools -jar app.jar extract --layers --destination extracted

# 3. Run on a Java 17 runtime as an ordinary user; Chinese font for the PDF reports, curl for the health check
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl fonts-wqy-microhei \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --uid 10001 app \
    && mkdir -p /app/cds && chown app /app/cds
USER app
WORKDIR /app
COPY --from=build /src/extracted/dependencies/ ./
COPY --from=build /src/extracted/spring-boot-loader/ ./
COPY --from=build /src/extracted/snapshot-dependencies/ ./
COPY --from=build /src/extracted/application/ ./
COPY --chmod=755 deploy/docker/entrypoint.sh /app/entrypoint.sh
# An instance that runs out of memory exits (and is restarted) instead of listening while every request hangs;
# the heap takes 75 % of the container's memory limit.
ENV JAVA_TOOL_OPTIONS="-XX:+ExitOnOutOfMemoryError -XX:MaxRAMPercentage=75"
EXPOSE 8080
HEALTHCHECK --interval=5s --timeout=3s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["/app/entrypoint.sh"]
