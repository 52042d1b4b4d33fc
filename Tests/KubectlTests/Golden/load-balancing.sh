# kubetutor: --nodes 3
kubectl create deployment hello --image=gcr.io/google-samples/hello-app:1.0 --replicas=3 --port=8080
kubectl expose deployment hello --type=NodePort --port=80 --target-port=8080
kubectl get pods -o wide
PORT=$(kubectl get svc hello -o jsonpath='{.spec.ports[0].nodePort}')
for i in 1 2 3 4 5 6; do curl -s http://192.168.1.3:$PORT | grep Hostname; done
for i in $(seq 30); do curl -s http://192.168.1.2:$PORT | grep Hostname; done | sort | uniq -c
curl -s http://192.168.1.2:$(kubectl get svc hello -o jsonpath='{.spec.ports[0].nodePort}') | grep Hostname
curl -s http://192.168.1.4:$(kubectl get svc hello -o jsonpath='{.spec.ports[0].nodePort}') | grep Hostname
kubectl patch svc hello -p '{"spec":{"sessionAffinity":"ClientIP"}}'
curl -s http://192.168.1.3:$(kubectl get svc hello -o jsonpath='{.spec.ports[0].nodePort}') | grep Hostname
curl -s http://192.168.1.3:$(kubectl get svc hello -o jsonpath='{.spec.ports[0].nodePort}') | grep Hostname
curl -s http://192.168.1.3:$(kubectl get svc hello -o jsonpath='{.spec.ports[0].nodePort}') | grep Hostname
kubectl scale deployment hello --replicas=1
kubectl get pods -o wide
kubectl patch svc hello -p '{"spec":{"externalTrafficPolicy":"Local","sessionAffinity":"None"}}'
kubectl get pods -o wide -l app=hello
curl -s -m 3 http://192.168.1.3:$(kubectl get svc hello -o jsonpath='{.spec.ports[0].nodePort}')
curl -s -m 3 http://192.168.1.4:$(kubectl get svc hello -o jsonpath='{.spec.ports[0].nodePort}')
kubectl logs -l app=hello --prefix | tail -4
