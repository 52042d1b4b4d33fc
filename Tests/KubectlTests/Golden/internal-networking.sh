# kubetutor: --nodes 2
kubectl create deployment frontend --image=nginx --port=80
kubectl create deployment backend --image=gcr.io/google-samples/hello-app:1.0 --replicas=2 --port=8080
kubectl create deployment db --image=redis --port=6379
kubectl expose deployment backend --port=80 --target-port=8080
kubectl expose deployment db --port=6379
kubectl expose deployment frontend --port=80
kubectl get pods -o wide
kubectl get svc
kubectl get endpoints
FRONT=$(kubectl get pods -l app=frontend -o jsonpath='{.items[0].metadata.name}')
kubectl exec $FRONT -- curl -s http://backend
kubectl exec $FRONT -- curl -s http://backend.default.svc.cluster.local
kubectl exec $FRONT -- curl -s http://db:6379
kubectl exec $FRONT -- env
kubectl rollout restart deployment frontend
kubectl rollout status deployment frontend
FRONT=$(kubectl get pods -l app=frontend -o jsonpath='{.items[0].metadata.name}')
kubectl exec $FRONT -- env | grep SERVICE_HOST | sort
kubectl exec $FRONT -- cat /etc/resolv.conf
curl -m 3 http://$(kubectl get svc backend -o jsonpath='{.spec.clusterIP}')
ssh node01
kubectl get svc backend
curl -s http://10.97.47.31
curl http://backend
exit
