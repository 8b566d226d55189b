package com.casedesk.mail;

import java.util.Properties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration
class MailConfig {

    @Bean(initMethod = "start", destroyMethod = "stop")
    @ConditionalOnExpression("'${casedesk.mail.imap.host:}'.isBlank()")
    EmbeddedMailServer embeddedMailServer(MailProperties properties) {
        return new EmbeddedMailServer(properties);
    }

    /** Outgoing mail: the configured SMTP server, or the embedded one. */
    @Bean
    JavaMailSenderImpl javaMailSender(MailProperties properties, ObjectProvider<EmbeddedMailServer> embedded) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        Properties javaMail = sender.getJavaMailProperties();
        EmbeddedMailServer server = embedded.getIfAvailable();
        if (server != null && (properties.smtp().host() == null || properties.smtp().host().isBlank())) {
            sender.setHost("127.0.0.1");
            sender.setPort(server.smtpPort());
        } else {
            sender.setHost(properties.smtp().host());
            sender.setPort(properties.smtp().port());
            sender.setUsername(properties.smtp().user());
            sender.setPassword(properties.smtp().password());
            javaMail.put("mail.smtp.auth", String.valueOf(properties.smtp().user() != null));
            javaMail.put("mail.smtp.starttls.enable", String.valueOf(properties.smtp().starttls()));
        }
        javaMail.put("mail.smtp.connectiontimeout", "10000");
        javaMail.put("mail.smtp.timeout", "20000");
        javaMail.put("mail.smtp.writetimeout", "20000");
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
